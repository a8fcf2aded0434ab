package id.ruangkonseling.privacy.control;

import id.ruangkonseling.platform.control.Texts;
import id.ruangkonseling.platform.entity.DateTimes;
import id.ruangkonseling.privacy.control.StudentFile.Field;
import id.ruangkonseling.privacy.control.StudentFile.Section;
import id.ruangkonseling.privacy.control.StudentFile.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A {@link StudentFile} as a readable PDF in the reader's language: the student's own, or the one a school
 * admin hands over on a student's request. The font is Liberation Sans (SIL Open Font License), which PDFBox ships, embedded
 * as a subset: every Latin letter Indonesian uses shows; a character it lacks (an emoji) shows as "?".
 */
public final class StudentFilePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float TEXT_SIZE = 10;
    private static final float HEADING_SIZE = 14;
    private static final float TITLE_SIZE = 18;

    private final PDDocument document;
    private final PDType0Font font;
    private final ResourceBundle texts;
    private PDPageContentStream page;
    private float y;

    private StudentFilePdf(PDDocument document, ResourceBundle texts) throws IOException {
        this.document = document;
        this.texts = texts;
        try (InputStream ttf = StudentFilePdf.class.getResourceAsStream(FONT)) {
            this.font = PDType0Font.load(document, ttf);
        }
    }

    public static byte[] of(StudentFile file, ResourceBundle texts) {
        try (PDDocument document = new PDDocument()) {
            StudentFilePdf pdf = new StudentFilePdf(document, texts);
            pdf.write(file);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(StudentFile file) throws IOException {
        newPage();
        line(texts.getString("privacy.file.title"), TITLE_SIZE);
        line(texts.getString("privacy.file.extent." + file.extent().name()), TEXT_SIZE);
        line(texts.getString("privacy.file.school") + ": " + file.school(), TEXT_SIZE);
        line(texts.getString("privacy.file.madeAt") + ": "
                + DateTimes.toMinute(file.madeAt(), file.zone(), texts.getLocale()), TEXT_SIZE);
        for (Section section : file.sections()) {
            y -= TEXT_SIZE;
            line(Texts.format(texts.getString("privacy.file.sectionCount"), texts.getLocale(),
                    texts.getString("privacy.file.section." + section.kind().name()), section.items().size()), HEADING_SIZE);
            if (section.items().isEmpty()) {
                line(texts.getString("privacy.file.none"), TEXT_SIZE);
            }
            for (Map<Field, Value> item : section.items()) {
                for (Map.Entry<Field, Value> value : item.entrySet()) {
                    line(texts.getString("privacy.file.field." + value.getKey().name()) + ": " + shown(value.getValue()),
                            TEXT_SIZE);
                }
                y -= TEXT_SIZE / 2;
            }
        }
    }

    private String shown(Value value) {
        return value.textPrefix().map(prefix -> texts.getString(prefix + value.raw()))
                .or(() -> value.when().map(this::written)).orElse(value.raw());
    }

    private String written(Temporal when) {
        return switch (when) {
            case ZonedDateTime at -> DateTimes.toMinute(at, texts.getLocale());
            case LocalDate day -> DateTimes.day(day, texts.getLocale());
            default -> when.toString();
        };
    }

    /** Writes the text, wrapped to the page's width and onto new pages as needed; each line of the text a line. */
    private void line(String text, float size) throws IOException {
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
