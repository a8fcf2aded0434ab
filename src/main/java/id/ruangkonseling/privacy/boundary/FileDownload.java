package id.ruangkonseling.privacy.boundary;

import id.ruangkonseling.privacy.control.StudentFile;
import id.ruangkonseling.privacy.control.StudentFileJson;
import id.ruangkonseling.privacy.control.StudentFilePdf;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.Set;

/** Sends a student's file as a download in the format asked (JSON or PDF), never cached: both export servlets' answer. */
final class FileDownload {

    static final Set<String> FORMATS = Set.of("json", "pdf");

    private FileDownload() {
    }

    /** {@code name} is the file's name without its extension. */
    static void send(HttpServletResponse response, StudentFile file, String format, String name, ResourceBundle texts)
            throws IOException {
        boolean json = "json".equals(format);
        byte[] body = json ? StudentFileJson.of(file) : StudentFilePdf.of(file, texts);
        response.setContentType(json ? "application/json; charset=UTF-8" : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
