package org.shelfmark.csl;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.shelfmark.diag.Diagnostic;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a style from a user before citeproc-java reads it: well-formed XML with no DOCTYPE, a
 * {@code <style>} in the CSL namespace at its root, a {@code <citation>}, and no element CSL does
 * not have; each problem at its line and column.
 */
final class StyleCheck {

    static final String CSL_NS = "http://purl.org/net/xbiblio/csl";

    /** The elements of CSL 1.0.2, in its namespace. */
    private static final Set<String> ELEMENTS = Set.of("style", "info", "author", "contributor", "name", "email", "uri",
            "category", "id", "issn", "eissn", "issnl", "link", "published", "rights", "summary", "title", "title-short",
            "updated", "translator", "citation", "bibliography", "macro", "locale", "layout", "sort", "key", "text", "date",
            "date-part", "number", "names", "name-part", "et-al", "substitute", "label", "group", "choose", "if", "else-if",
            "else", "terms", "term", "single", "multiple", "style-options", "date-formats", "conditions", "condition",
            "intext");

    /** The attributes whose value is a whole number. */
    private static final Set<String> NUMBERS = Set.of("et-al-min", "et-al-use-first", "et-al-subsequent-min",
            "et-al-subsequent-use-first", "names-min", "names-use-first", "line-spacing", "entry-spacing",
            "near-note-distance");

    private StyleCheck() {
    }

    /** {@return every problem of a style, each at its line and column; empty when it may be read} */
    static List<Diagnostic> problems(Path file, String xml) {
        List<Diagnostic> problems = new ArrayList<>();
        Handler handler = new Handler(file.toString(), problems);
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance(); // the JDK's own, as StyleXml reads styles
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newSAXParser().parse(new InputSource(new StringReader(xml)), handler);
        } catch (SAXParseException e) {
            problems.add(Diagnostic.error(file.toString(), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    "not well-formed XML: " + e.getMessage()));
        } catch (Stop e) {
            // the problem is reported already
        } catch (SAXException | ParserConfigurationException | IOException e) {
            problems.add(Diagnostic.error(file.toString(), 0, 0, "cannot read the style: " + e.getMessage()));
        }
        handler.macroCalls.forEach((call, at) -> {
            if (!handler.macros.contains(call)) {
                problems.add(Diagnostic.error(file.toString(), at[0], at[1], "the macro '" + call + "' is not defined: "
                        + "define it with <macro name=\"" + call + "\">, or call one of the style's macros"));
            }
        });
        if (problems.isEmpty() && !handler.citation && !handler.dependent) {
            problems.add(Diagnostic.error(file.toString(), 0, 0,
                    "the style has no <citation>, which every CSL style needs (a dependent style names its parent instead)"));
        }
        return problems;
    }

    /** Ends the reading of a document that is no style. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static final class Handler extends DefaultHandler {
        private final String file;
        private final List<Diagnostic> problems;
        private Locator locator;
        private boolean root = true;
        private boolean citation;
        private boolean dependent;
        private final Set<String> macros = new java.util.HashSet<>();
        private final java.util.Map<String, int[]> macroCalls = new java.util.LinkedHashMap<>();

        Handler(String file, List<Diagnostic> problems) {
            this.file = file;
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            numbers(attributes);
            if (root) {
                root = false;
                if (!CSL_NS.equals(uri) || !localName.equals("style")) {
                    problems.add(at("not a CSL style: its root element is <" + qName + ">, and a CSL style's is <style xmlns=\""
                            + CSL_NS + "\">"));
                    throw new Stop(); // nothing more to say about another kind of document
                }
                return;
            }
            if (CSL_NS.equals(uri) && !ELEMENTS.contains(localName)) {
                problems.add(at("<" + localName + "> is not a CSL element"));
            }
            citation |= CSL_NS.equals(uri) && localName.equals("citation");
            if (CSL_NS.equals(uri) && localName.equals("macro")) {
                macros.add(attributes.getValue("name"));
            } else if (CSL_NS.equals(uri) && attributes.getValue("macro") != null && locator != null) {
                macroCalls.putIfAbsent(attributes.getValue("macro"), new int[] {locator.getLineNumber(), locator.getColumnNumber()});
            }
            dependent |= CSL_NS.equals(uri) && localName.equals("link") && "independent-parent".equals(attributes.getValue("rel"));
        }

        private void numbers(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                if (NUMBERS.contains(name) && !attributes.getValue(i).trim().matches("\\d{1,4}")) {
                    problems.add(at(name + "=\"" + attributes.getValue(i) + "\" is not a whole number"));
                }
            }
        }

        @Override
        public void warning(SAXParseException e) {
            // the parser's own warnings say nothing a style's author can act on
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        private Diagnostic at(String message) {
            return Diagnostic.error(file, locator == null ? 0 : locator.getLineNumber(),
                    locator == null ? 0 : locator.getColumnNumber(), message);
        }
    }
}
