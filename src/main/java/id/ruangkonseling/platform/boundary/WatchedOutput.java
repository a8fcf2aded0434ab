package id.ruangkonseling.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response's stream or writer that runs a check before anything that may send bytes on (writing can
 * fill the buffer, which commits the response); everything else is the response's own.
 */
final class WatchedOutput {

    private WatchedOutput() {
    }

    static ServletOutputStream stream(ServletOutputStream out, Runnable before) {
        return new Stream(out, before);
    }

    /** Errors still show in {@link PrintWriter#checkError()}. */
    static PrintWriter writer(PrintWriter out, Runnable before) {
        return new Writer(out, before);
    }

    private static final class Stream extends ServletOutputStream {

        private final ServletOutputStream out;
        private final Runnable before;

        Stream(ServletOutputStream out, Runnable before) {
            this.out = out;
            this.before = before;
        }

        @Override
        public void write(int b) throws IOException {
            before.run();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            before.run();
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            before.run();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            before.run();
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }

    private static final class Writer extends PrintWriter {

        private final Runnable before;

        Writer(PrintWriter out, Runnable before) {
            super(out);
            this.before = before;
        }

        @Override
        public void write(int c) {
            before.run();
            super.write(c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            before.run();
            super.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            before.run();
            super.write(text, offset, length);
        }

        @Override
        public void println() {
            before.run(); // PrintWriter ends a line past write()
            super.println();
        }

        @Override
        public void flush() {
            before.run();
            super.flush();
        }

        @Override
        public void close() {
            before.run();
            super.close();
        }
    }
}
