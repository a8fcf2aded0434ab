package id.ruangkonseling.platform;

import static id.ruangkonseling.chat.ChatParties.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ruangkonseling.chat.ChatParties;
import id.ruangkonseling.testing.Http;
import id.ruangkonseling.testing.PayaraMicro;
import id.ruangkonseling.testing.SharedServer;
import id.ruangkonseling.testing.TestPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four 100 MB JSON bodies sent at once to the chat by a student who is not even in the conversation —
 * two with a {@code Content-Length}, two chunked — are refused with {@code 413} before anything parses
 * them (the answer comes while the body is still being sent); the server's heap survives, it stays ready and the chat keeps delivering.
 */
@ExtendWith(SharedServer.class)
class RequestSizeIT {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(RequestSizeIT.class.getName());

    @Test
    void fourHundredMegabyteBodiesAtOnceAreRefusedAndTheChatKeepsWorking(PayaraMicro tool, DataSource database,
                                                                         TestPlatform school) throws Exception {
        ChatParties people = new ChatParties(tool, database, school);
        Http student = people.student("size-siswa", "Rina Size");
        long conversation = people.request(student);
        Http counselor = people.counselor("size-bk", "Bu Size");
        people.takeUp(counselor);
        Http stranger = people.student("size-orang-lain", "Orang Lain");
        Path log = tool.folder().resolve("server.log");
        long logBefore = Files.size(log);

        String session = stranger.cookie("JSESSIONID").orElseThrow();
        String path = "/api/conversations/" + conversation + "/messages";
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean chunked = i % 2 == 0;
            answers.add(senders.submit(() -> {
                long started = System.nanoTime();
                Answer answer = post(tool.uri(""), path, session, people.origin()[1], chunked);
                LOG.log(System.Logger.Level.INFO, "{0} 100 MB body: {1} after {2} ms, begun when {3} bytes were sent",
                        chunked ? "chunked" : "declared", answer.status(), (System.nanoTime() - started) / 1_000_000,
                        answer.sent());
                return answer;
            }));
        }
        for (Future<Answer> answer : answers) {
            Answer refused = answer.get(4, TimeUnit.MINUTES);
            assertEquals(413, refused.status(), refused.body());
            assertTrue(refused.body().startsWith("{\"message\":"), refused.body());
        }
        senders.shutdown();
        assertEquals(413, post(tool.uri(""), "/student/request", session, people.origin()[1], false).status(),
                "a page's form post has a limit too");

        String written = Files.readString(log, StandardCharsets.ISO_8859_1).substring((int) logBefore);
        assertFalse(written.contains("OutOfMemoryError"), "the server ran out of memory");
        assertEquals(200, new Http(tool).get("/health/ready").statusCode());
        HttpResponse<String> sent = people.send(student, conversation, "after-huge", "Masih bisa kirim?");
        assertEquals(201, sent.statusCode(), sent.body());
        HttpResponse<String> read = counselor.get("/api/conversations/" + conversation + "/messages?after=0");
        assertEquals("Masih bisa kirim?", messages(read).getLast().get("body"));
    }

    /** What the server answered and how much of the body had gone out when the answer began. */
    private record Answer(int status, String body, long sent) {
    }

    /**
     * POSTs a 100 MB message over a plain socket, the body streamed by another thread while the answer is
     * read. The JDK's HttpClient cannot be used: over HTTP/1.1 it reads the answer only after sending the
     * whole body, so a server that answers early and closes gives it "EOF reached while reading".
     */
    private static Answer post(URI base, String path, String session, String origin, boolean chunked) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(180_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nOrigin: " + origin + "\r\nCookie: JSESSIONID=" + session
                    + "\r\n" + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + HugeMessage.size(HUNDRED_MB))
                    + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = Thread.ofVirtual().start(() -> stream(out, chunked, sent));
            InputStream in = socket.getInputStream();
            int first = in.read(); // the answer has begun: how much of the body had gone out by then?
            long sentBeforeAnswer = sent.get();
            String answer = (char) first + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            writer.interrupt();
            int status = Integer.parseInt(answer.split(" ", 3)[1]);
            return new Answer(status, answer.substring(answer.indexOf("\r\n\r\n") + 4), sentBeforeAnswer);
        }
    }

    private static void stream(OutputStream out, boolean chunked, AtomicLong sent) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = new HugeMessage(HUNDRED_MB)) {
            for (int read; (read = body.read(buffer)) > 0; sent.addAndGet(read)) {
                if (chunked) {
                    out.write((Integer.toHexString(read) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(buffer, 0, read);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException closedByServer) {
            // expected: the server answered and closed without reading the rest
        }
    }

    /** A chat message whose body is {@code bodyBytes} letters, made as it is read: never held in memory. */
    private static final class HugeMessage extends InputStream {

        private static final byte[] HEAD = "{\"clientId\":\"huge\",\"body\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] TAIL = "\"}".getBytes(StandardCharsets.US_ASCII);

        private final long total;
        private long position;

        HugeMessage(long bodyBytes) {
            this.total = size(bodyBytes);
        }

        static long size(long bodyBytes) {
            return HEAD.length + bodyBytes + TAIL.length;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long at = position++;
            if (at < HEAD.length) {
                return HEAD[(int) at];
            }
            long fromEnd = total - at;
            return fromEnd <= TAIL.length ? TAIL[(int) (TAIL.length - fromEnd)] : 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= total) {
                return -1;
            }
            int count = 0;
            while (count < length && position < total) {
                long at = position;
                if (at >= HEAD.length && total - at > TAIL.length) {
                    int run = (int) Math.min(length - count, total - TAIL.length - at);
                    java.util.Arrays.fill(buffer, offset + count, offset + count + run, (byte) 'a');
                    position += run;
                    count += run;
                } else {
                    buffer[offset + count++] = (byte) read();
                }
            }
            return count;
        }
    }
}
