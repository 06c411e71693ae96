package org.shelfmark.csl;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.shelfmark.diag.Diagnostic;
import org.shelfmark.diag.InvalidDataException;
import org.xml.sax.SAXException;

/**
 * A CSL style's XML, independent: a dependent style's parent is loaded in its place, keeping the
 * dependent style's default locale.
 *
 * @param name          the style as the user named it
 * @param xml           the independent style's XML
 * @param defaultLocale the locale the style (or the dependent style named) asks for, or {@code null}
 */
record Style(String name, String xml, String defaultLocale) {

    private static final Pattern YEAR_SUFFIX =
            Pattern.compile("<citation\\b[^>]*\\bdisambiguate-add-year-suffix\\s*=\\s*\"true\"");
    private static final Pattern SECOND_FIELD_ALIGN = Pattern.compile("<bibliography\\b[^>]*\\bsecond-field-align\\s*=");
    private static final Pattern DEPENDENT = Pattern.compile("rel\\s*=\\s*\"\\s*independent-parent\\s*\"");
    private static final Pattern DEFAULT_LOCALE = Pattern.compile("<style\\b[^>]*\\bdefault-locale=\"([^\"]+)\"");
    private static final String STYLES_URL = "http://www.zotero.org/styles/";

    /**
     * {@return a style from its XML, a dependent one resolved to its parent}
     *
     * @param name the style as the user named it
     * @param xml  the style's XML
     */
    static Style of(String name, String xml) {
        String locale = defaultLocaleOf(xml);
        if (!DEPENDENT.matcher(xml).find()) {
            return new Style(name, xml, locale);
        }
        Style parent = StyleCatalog.style(parentId(name, xml));
        return new Style(name, parent.xml(), locale != null ? locale : parent.defaultLocale());
    }

    /** {@return whether the style tells processors to tell same-author, same-year works apart with a, b, c} */
    boolean addsYearSuffix() {
        return YEAR_SUFFIX.matcher(xml).find();
    }

    /** {@return whether the style places the year suffix itself; if not, it follows the first year rendered} */
    boolean placesYearSuffix() {
        return xml.contains("variable=\"year-suffix\"");
    }

    /** {@return whether the bibliography sets its first field (the citation number) apart} */
    boolean alignsSecondField() {
        return SECOND_FIELD_ALIGN.matcher(xml).find();
    }

    private static String defaultLocaleOf(String xml) {
        Matcher m = DEFAULT_LOCALE.matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    private static String parentId(String name, String xml) {
        String link;
        try {
            link = CSL.getIndependentParentLink(xml);
        } catch (ParserConfigurationException | IOException | SAXException e) {
            throw invalid(name, "cannot read the dependent style's parent link: " + e.getMessage());
        }
        if (link == null || !link.startsWith(STYLES_URL)) {
            throw invalid(name, "the dependent style's parent '" + link + "' is not a style in the styles jar");
        }
        return link.substring(STYLES_URL.length());
    }

    private static InvalidDataException invalid(String name, String message) {
        return new InvalidDataException(List.of(Diagnostic.error(name, 0, 0, message)));
    }
}
