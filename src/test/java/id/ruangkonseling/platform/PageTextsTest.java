package id.ruangkonseling.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * No page writes a text of its own: everything a person reads (text between tags and the attributes
 * shown or read aloud) comes from the bundles through EL, so it exists in both languages.
 */
class PageTextsTest {

    /** Attributes whose value a person sees or hears. */
    private static final Set<String> SHOWN = Set.of("value", "title", "alt", "placeholder", "aria-label", "itemLabel",
            "label", "validatorMessage", "requiredMessage", "converterMessage", "summary");
    /** Elements whose {@code value} is data, not text: parameters, hidden fields, a button's or option's value. */
    private static final Set<String> VALUE_IS_DATA = Set.of("param", "viewParam", "attribute", "passThroughAttribute",
            "inputHidden", "option", "button", "selectItem", "selectItems", "repeat", "dataTable", "event");
    /** Where text is code, not words. */
    private static final Set<String> CODE = Set.of("script", "style");
    /** Literal words allowed on a page, each with why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "Siti", "the demo page's example name for the demo person, a name in any language");
    private static final Pattern WORDS = Pattern.compile("\\p{L}");

    @Test
    void pagesTakeEveryTextFromTheBundles() {
        List<String> literal = new ArrayList<>();
        for (Path page : Bundles.pages()) {
            literalTexts(parse(Bundles.read(page)), page.toString(), literal);
        }
        assertEquals(List.of(), literal, "texts written into pages instead of the bundles");
    }

    @Test
    void aLiteralTextIsFound() {
        List<String> found = new ArrayList<>();
        literalTexts(parse("<div xmlns:h='jakarta.faces.html'><p>Halo #{msg['a']}</p><h:outputLabel value='Nama'/>"
                + "<input type='hidden' value='x'/><img alt='#{msg[&quot;b&quot;]}'/><p>#{x} · 1</p></div>"), "sample", found);
        assertEquals(List.of("sample <p>: Halo #{msg['a']}", "sample <h:outputLabel value>: Nama"), found);
    }

    private static void literalTexts(Node node, String page, List<String> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && isWords(child.getNodeValue())) {
                found.add(page + " <" + node.getNodeName() + ">: " + child.getNodeValue().strip());
            } else if (child instanceof Element element && !CODE.contains(element.getLocalName())) {
                attributes(element, page, found);
                literalTexts(element, page, found);
            }
        }
    }

    private static void attributes(Element element, String page, List<String> found) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            boolean data = "value".equals(name) && (VALUE_IS_DATA.contains(element.getLocalName())
                    || "hidden".equals(element.getAttribute("type")));
            if (SHOWN.contains(name) && !data && isWords(attribute.getNodeValue())) {
                found.add(page + " <" + element.getNodeName() + " " + name + ">: " + attribute.getNodeValue());
            }
        }
    }

    /** Words outside EL expressions, unless they are an allowed literal. */
    private static boolean isWords(String text) {
        String stripped = text.strip();
        return !ALLOWED.containsKey(stripped) && WORDS.matcher(withoutExpressions(stripped)).find();
    }

    /** The text without its {@code #{...}} and {@code ${...}} expressions, which may hold braces in quotes. */
    static String withoutExpressions(String text) {
        StringBuilder outside = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if ((text.charAt(i) == '#' || text.charAt(i) == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i = endOfExpression(text, i + 2);
            } else {
                outside.append(text.charAt(i++));
            }
        }
        return outside.toString();
    }

    private static int endOfExpression(String text, int start) {
        int depth = 1;
        char quote = 0;
        int i = start;
        for (; i < text.length() && depth > 0; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return i;
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("a page that is not well-formed XML", e);
        }
    }

    @Test
    void expressionsWithBracesInQuotesAreNotWords() {
        assertEquals(" · ", withoutExpressions("#{msg['a'].replace('{0}', x)} · #{y}"));
        assertEquals("Halo ", withoutExpressions("Halo #{msg['b']}"));
    }

    @Test
    void everyPageIsRead() {
        assertTrue(Bundles.pages().size() > 20, Bundles.pages().toString());
    }
}
