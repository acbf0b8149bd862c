package nl.gemeenschapsfonds.test;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, for the tests, how many bytes of an upload request's body the application read: every POST to Vaadin's
 * upload addresses ({@code /VAADIN/dynamic/resource/…}, where an {@code UploadHandler} is reached) has its input
 * stream wrapped, in front of the security filters, Vaadin's servlet and the handler. What the application does not
 * read Tomcat discards after the response (up to {@code server.tomcat.max-swallow-size}) without handing it on.
 * A test-only bean in the shared test context; it changes nothing of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadBytesRead implements Filter {

    private volatile AtomicLong last = new AtomicLong(-1);

    /** The bytes the application read of the body of the latest upload request (-1: none since the reset). */
    public long ofLastUpload() {
        return last.get();
    }

    public void reset() {
        last = new AtomicLong(-1);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "POST".equals(http.getMethod())
                && http.getRequestURI().contains("/VAADIN/dynamic/resource/")) {
            AtomicLong count = new AtomicLong();
            last = count;
            chain.doFilter(new Counting(http, count), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Counting extends HttpServletRequestWrapper {

        private final AtomicLong count;
        private ServletInputStream stream;

        Counting(HttpServletRequest request, AtomicLong count) {
            super(request);
            this.count = count;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count.incrementAndGet();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count.addAndGet(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
