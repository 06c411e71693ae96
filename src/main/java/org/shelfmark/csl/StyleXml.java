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

    /** {@return a style's macros by name, the last of a name where two share it} */
    static Map<String, org.w3c.dom.Element> macros(Document doc) {
        Map<String, org.w3c.dom.Element> macros = new HashMap<>();
        org.w3c.dom.NodeList nodes = doc.getElementsByTagNameNS("http://purl.org/net/xbiblio/csl", "macro");
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element m = (org.w3c.dom.Element) nodes.item(i);
            macros.put(m.getAttribute("name"), m);
        }
        return macros;
    }

    // A parser made once a thread: making one (its factory and features) was a third of a cold
    // start's parsing, and a rendering session parses a style some ten times
    private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> BUILDERS = ThreadLocal.withInitial(StyleXml::builder);

    static Document parse(String xml) {
        try {
            return BUILDERS.get().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            BUILDERS.remove(); // a parser that failed is not used again
            throw new IllegalStateException("cannot read the XML: " + e.getMessage(), e);
        }
    }

    private static javax.xml.parsers.DocumentBuilder builder() {
        try {
            // the JDK's own parser, without looking through the class path for another (a tenth of a cold start's parse)
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // thrown, not printed to the console first
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the XML: " + e.getMessage(), e);
        }
    }

    /**
     * {@return the document as XML text, as the JDK's transformer writes it (namespace declarations
     * first, then the attributes in the DOM's order; empty elements closed with "/>"): written by
     * hand, since the transformer's start costs more than a command's whole rendering}
     */
    static String serialize(Document doc) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String encoding = doc.getXmlEncoding() == null ? "UTF-8" : doc.getXmlEncoding();
        out.append("<?xml version=\"1.0\" encoding=\"").append(encoding).append("\" standalone=\"no\"?>");
        for (org.w3c.dom.Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            node(n, Map.of(), out);
        }
        return out.toString();
    }

    // inScope: the namespace declarations of the enclosing elements, which are not written again
    private static void node(org.w3c.dom.Node n, Map<String, String> inScope, StringBuilder out) {
        switch (n.getNodeType()) {
            case org.w3c.dom.Node.ELEMENT_NODE -> element((org.w3c.dom.Element) n, inScope, out);
            case org.w3c.dom.Node.TEXT_NODE -> escape(n.getNodeValue(), false, out);
            case org.w3c.dom.Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(n.getNodeValue()).append("]]>");
            case org.w3c.dom.Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
            case org.w3c.dom.Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(n.getNodeName()).append(' ')
                    .append(n.getNodeValue()).append("?>");
            default -> {
                // no other kind of node is in a style: no DOCTYPE is read, and entities are refused
            }
        }
    }

    private static void element(org.w3c.dom.Element e, Map<String, String> inScope, StringBuilder out) {
        out.append('<').append(e.getTagName());
        org.w3c.dom.NamedNodeMap attrs = e.getAttributes();
        Map<String, String> scope = inScope;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < attrs.getLength(); i++) {
                org.w3c.dom.Node a = attrs.item(i);
                boolean declaration = a.getNodeName().equals("xmlns") || a.getNodeName().startsWith("xmlns:");
                if (declaration && a.getNodeValue().equals(inScope.get(a.getNodeName()))) {
                    continue; // declared already by an enclosing element
                }
                if (declaration && pass == 0) {
                    scope = new HashMap<>(scope);
                    scope.put(a.getNodeName(), a.getNodeValue());
                }
                if (declaration == (pass == 0)) {
                    out.append(' ').append(a.getNodeName()).append("=\"");
                    escape(a.getNodeValue(), true, out);
                    out.append('"');
                }
            }
        }
        if (e.getFirstChild() == null) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            node(n, scope, out);
        }
        out.append("</").append(e.getTagName()).append('>');
    }

    private static void escape(String s, boolean attribute, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }

    /** {@return the document as the JDK's transformer writes it: what {@link #serialize} must equal} */
    static String transformed(Document doc) {
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
