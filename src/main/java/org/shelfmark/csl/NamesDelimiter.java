package org.shelfmark.csl;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Mends citeproc-java 3.5.2's {@code <names variable="editor translator" delimiter=". ">}: it
 * writes the delimiter before the second variable even when the first rendered nothing, so a
 * translated book without an editor reads {@code The courage to care. . Translated by ...} where
 * citeproc-js writes {@code The courage to care. Translated by ...}.
 *
 * <p>The mend rewrites the style before citeproc-java reads it: each such {@code <names>} becomes
 * a choice that renders it as written when its first variable is present, and without that
 * variable otherwise, repeated down the list.
 */
final class NamesDelimiter {

    private static final String CSL = "http://purl.org/net/xbiblio/csl";

    private NamesDelimiter() {
    }

    /** {@return the style, rewritten where it has a delimited {@code <names>} of several variables} */
    static String rewrite(String styleXml) {
        if (!styleXml.matches("(?s).*<names\\b[^>]*variable=\"[^\"]*\\s[^\"]*\"[^>]*delimiter=.*")
                && !styleXml.matches("(?s).*<names\\b[^>]*delimiter=\"[^\"]*\"[^>]*variable=\"[^\"]*\\s.*")) {
            return styleXml;
        }
        Document doc = parse(styleXml);
        NodeList names = doc.getElementsByTagNameNS(CSL, "names");
        List<Element> targets = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            Element e = (Element) names.item(i);
            if (e.hasAttribute("delimiter") && e.getAttribute("variable").trim().split("\\s+").length > 1) {
                targets.add(e);
            }
        }
        targets.forEach(NamesDelimiter::wrap);
        return serialize(doc);
    }

    // <names variable="a b c"> becomes <choose><if variable="a">[a b c]</if><else>[b c, likewise]</else></choose>
    private static void wrap(Element names) {
        List<String> variables = Arrays.asList(names.getAttribute("variable").trim().split("\\s+"));
        names.getParentNode().replaceChild(choice(names, variables), names);
    }

    private static Node choice(Element names, List<String> variables) {
        Element copy = (Element) names.cloneNode(true);
        copy.setAttribute("variable", String.join(" ", variables));
        if (variables.size() == 1) {
            return copy;
        }
        Document doc = names.getOwnerDocument();
        Element choose = doc.createElementNS(CSL, "choose");
        Element ifFirst = doc.createElementNS(CSL, "if");
        ifFirst.setAttribute("variable", variables.get(0));
        ifFirst.appendChild(copy);
        Element otherwise = doc.createElementNS(CSL, "else");
        otherwise.appendChild(choice(names, variables.subList(1, variables.size())));
        choose.appendChild(ifFirst);
        choose.appendChild(otherwise);
        return choose;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read the style: " + e.getMessage(), e);
        }
    }

    private static String serialize(Document doc) {
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
            throw new IllegalStateException("cannot write the style: " + e.getMessage(), e);
        }
    }
}
