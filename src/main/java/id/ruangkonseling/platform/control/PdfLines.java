package id.ruangkonseling.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A readable A4 PDF written line by line — a student's file, a class's needs profile: text wrapped to the page
 * and onto new pages, in Liberation Sans (SIL Open Font License, shipped with PDFBox), embedded so that
 * Indonesian and most scripts show; what the font cannot show becomes "?".
 */
public final class PdfLines implements AutoCloseable {

    public static final float TEXT = 10;
    public static final float HEADING = 14;
    public static final float TITLE = 18;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    public PdfLines() {
        try (InputStream ttf = PdfLines.class.getResourceAsStream(FONT)) {
            this.font = PDType0Font.load(document, ttf);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the text, wrapped to the page's width and onto new pages as needed; each line of the text a line. */
    public PdfLines line(String text, float size) {
        try {
            for (String paragraph : printable(text).split("\n", -1)) {
                for (String wrapped : wrap(paragraph, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                    if (y < MARGIN + size) {
                        page.close();
                        newPage();
                    }
                    y -= size * 1.3f;
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(wrapped);
                    page.endText();
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Some white space before what follows. */
    public PdfLines gap(float points) {
        y -= points;
        return this;
    }

    /** The document as written. */
    public byte[] bytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String paragraph, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The text with what the font cannot show replaced by "?", tabs as spaces and line ends as one kind. */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            shown.append(codePoint == '\n' || canShow(character) ? character : "?");
        });
        return shown.toString();
    }

    private boolean canShow(String character) {
        try {
            font.encode(character);
            return !Character.isISOControl(character.codePointAt(0));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
