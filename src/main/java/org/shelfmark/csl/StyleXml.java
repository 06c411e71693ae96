package org.shelfmark.csl;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads and writes style and locale XML for the mends that rewrite it, with no DOCTYPE and no external access. */
final class StyleXml {

    private StyleXml() {
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)\\s*=\\s*\"([^\"]*)\"");

    /** {@return the attributes of an element's start tag, as written} */
    static Map<String, String> attributes(String startTag) {
        Map<String, String> attrs = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(startTag);
        while (m.find()) {
            attrs.put(m.group(1), m.group(2));
        }
        return attrs;
    }

    /** {@return the start tag of the first element of a name, or an empty string} */
    static String startTag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + "\\b[^>]*>").matcher(xml);
        return m.find() ? m.group() : "";
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read the XML: " + e.getMessage(), e);
        }
    }

    static String serialize(Document doc) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var t = f.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the XML: " + e.getMessage(), e);
        }
    }
}
