package id.ruangkonseling.privacy.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.privacy.control.StudentFile.Field;
import id.ruangkonseling.privacy.control.StudentFile.Kind;
import id.ruangkonseling.privacy.control.StudentFile.Section;
import id.ruangkonseling.privacy.control.StudentFile.Value;
import id.ruangkonseling.school.entity.ServiceField;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The readable PDF shows the student's words in the reader's language, long texts over several pages. */
class StudentFilePdfTest {

    private static final ResourceBundle INDONESIAN = ResourceBundle.getBundle("id.ruangkonseling.i18n.messages", Locale.of("id"));

    @Test
    void theStudentsWordsAndTheLabelsReadBackFromThePdf() throws IOException {
        Map<Field, Value> request = new LinkedHashMap<>();
        request.put(Field.SERVICE_FIELD, Value.coded("serviceField.", ServiceField.PERSONAL));
        request.put(Field.ABOUT, Value.of("Saya cemas menjelang ujian, sulit tidur — tolong\nbantu saya 🙏 (ç, é, ñ)."));
        String text = read(file(List.of(new Section(Kind.REQUESTS, List.of(request)), new Section(Kind.NOTES, List.of()))));
        assertTrue(text.contains("Data siswa di Ruang Konseling") && text.contains("SMA Negeri 1"), text);
        assertTrue(text.contains("Permohonan konseling") && text.contains("Bidang layanan: pribadi"), text);
        assertTrue(text.contains("Saya cemas menjelang ujian, sulit tidur — tolong") && text.contains("bantu saya ? (ç, é, ñ)."), text);
        assertTrue(text.contains("Tidak ada."), "an empty section says so: " + text);
    }

    @Test
    void aLongFileGoesOnOverPages() throws IOException {
        List<Map<Field, Value>> messages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            messages.add(new LinkedHashMap<>(Map.of(Field.BODY, Value.of("Pesan nomor " + i + " " + "kata ".repeat(40)))));
        }
        byte[] pdf = StudentFilePdf.of(file(List.of(new Section(Kind.MESSAGES, messages))), INDONESIAN);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 5, "pages: " + document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Pesan nomor 199"));
        }
    }

    private static StudentFile file(List<Section> sections) {
        return new StudentFile("SMA Negeri 1", ZoneId.of("Asia/Jakarta"), Instant.parse("2026-11-29T01:00:00Z"), Extent.FULL, sections);
    }

    private static String read(StudentFile file) throws IOException {
        try (PDDocument document = Loader.loadPDF(StudentFilePdf.of(file, INDONESIAN))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
