package id.ruangkonseling.reports.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Landscape A4 pages to write a report on, top to bottom: lines of text, tables and filled bars, onto a new page
 * when one is full. Liberation Sans (shipped with PDFBox, SIL Open Font License), embedded as a subset.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 40;
    static final float TEXT = 9;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PdfCanvas() throws IOException {
        try (InputStream ttf = PdfCanvas.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, ttf);
        }
        newPage();
    }

    float width() {
        return LANDSCAPE.getWidth() - 2 * MARGIN;
    }

    /** Room for {@code height} more points on this page, else a new page. */
    float room(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
        return y;
    }

    void line(String text, float size) throws IOException {
        room(size * 1.4f);
        y -= size * 1.4f;
        text(MARGIN, y, text, size);
    }

    void gap(float points) {
        y -= points;
    }

    /** A table: the first row is the header; the first column gets {@code firstWidth}, the others share the rest. Cells wrap. */
    void table(List<List<String>> rows, float firstWidth) throws IOException {
        float cell = (width() - firstWidth) / Math.max(1, rows.get(0).size() - 1);
        for (int r = 0; r < rows.size(); r++) {
            float size = r == 0 ? TEXT - 1.5f : TEXT;
            List<String> row = rows.get(r);
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                wrapped.add(wrap(row.get(c), size, (c == 0 ? firstWidth : cell) - 6));
                lines = Math.max(lines, wrapped.get(c).size());
            }
            float height = size * 1.25f * lines + size * 0.6f;
            room(height);
            float top = y;
            for (int c = 0; c < row.size(); c++) {
                float x = c == 0 ? MARGIN : MARGIN + firstWidth + (c - 1) * cell;
                for (int l = 0; l < wrapped.get(c).size(); l++) {
                    text(x, top - size * 1.25f * (l + 1), wrapped.get(c).get(l), size);
                }
            }
            y = top - height;
            page.setStrokingColor(r == 0 ? Color.DARK_GRAY : Color.LIGHT_GRAY);
            page.moveTo(MARGIN, y + 2);
            page.lineTo(MARGIN + width(), y + 2);
            page.stroke();
        }
    }

    /** The text in lines no wider than {@code width}, broken between words. */
    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : printable(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current);
                current = word;
            } else {
                current = candidate;
            }
        }
        lines.add(current);
        return lines;
    }

    /** A filled rectangle from the baseline {@code bottom} up. */
    void bar(float x, float bottom, float width, float height, Color color) throws IOException {
        page.setNonStrokingColor(color);
        page.addRect(x, bottom, width, height);
        page.fill();
        page.setNonStrokingColor(Color.BLACK);
    }

    void rule(float x1, float y1, float x2, float y2) throws IOException {
        page.setStrokingColor(Color.DARK_GRAY);
        page.moveTo(x1, y1);
        page.lineTo(x2, y2);
        page.stroke();
    }

    void text(float x, float at, String text, float size) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, at);
        page.showText(printable(text));
        page.endText();
    }

    /** The drawn area's bottom so far. */
    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    byte[] bytes() throws IOException {
        page.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** Course titles come from the LMS: what the font lacks shows as "?". */
    private String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(point -> {
            String character = Character.toString(point);
            try {
                font.encode(character);
                shown.append(Character.isISOControl(point) ? " " : character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(LANDSCAPE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = LANDSCAPE.getHeight() - MARGIN;
    }
}
