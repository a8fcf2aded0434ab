package id.ruangkonseling.privacy.control;

import id.ruangkonseling.platform.control.PdfLines;
import id.ruangkonseling.platform.control.Texts;
import id.ruangkonseling.platform.entity.DateTimes;
import id.ruangkonseling.privacy.control.StudentFile.Field;
import id.ruangkonseling.privacy.control.StudentFile.Section;
import id.ruangkonseling.privacy.control.StudentFile.Value;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A {@link StudentFile} as a readable PDF in the reader's language: the student's own, or the one a school
 * admin hands over on a student's request, written by {@link PdfLines}: every Latin letter Indonesian uses shows; a
 * character its font lacks (an emoji) shows as "?".
 */
public final class StudentFilePdf {

    private final PdfLines pdf;
    private final ResourceBundle texts;

    private StudentFilePdf(PdfLines pdf, ResourceBundle texts) {
        this.pdf = pdf;
        this.texts = texts;
    }

    public static byte[] of(StudentFile file, ResourceBundle texts) {
        try (PdfLines pdf = new PdfLines()) {
            new StudentFilePdf(pdf, texts).write(file);
            return pdf.bytes();
        }
    }

    private void write(StudentFile file) {
        pdf.line(texts.getString("privacy.file.title"), PdfLines.TITLE);
        pdf.line(texts.getString("privacy.file.extent." + file.extent().name()), PdfLines.TEXT);
        pdf.line(texts.getString("privacy.file.school") + ": " + file.school(), PdfLines.TEXT);
        pdf.line(texts.getString("privacy.file.madeAt") + ": "
                + DateTimes.toMinute(file.madeAt(), file.zone(), texts.getLocale()), PdfLines.TEXT);
        for (Section section : file.sections()) {
            pdf.gap(PdfLines.TEXT);
            pdf.line(Texts.format(texts.getString("privacy.file.sectionCount"), texts.getLocale(),
                    texts.getString("privacy.file.section." + section.kind().name()), section.items().size()), PdfLines.HEADING);
            if (section.items().isEmpty()) {
                pdf.line(texts.getString("privacy.file.none"), PdfLines.TEXT);
            }
            for (Map<Field, Value> item : section.items()) {
                for (Map.Entry<Field, Value> value : item.entrySet()) {
                    pdf.line(texts.getString("privacy.file.field." + value.getKey().name()) + ": " + shown(value.getValue()),
                            PdfLines.TEXT);
                }
                pdf.gap(PdfLines.TEXT / 2);
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
}
