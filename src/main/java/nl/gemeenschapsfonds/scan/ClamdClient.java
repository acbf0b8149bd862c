package nl.gemeenschapsfonds.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The clamd protocol over TCP: {@code zINSTREAM} (chunks of a 4-byte big-endian length and the bytes, ended by a
 * zero length) and {@code zPING}. One connection per command; clamd answers {@code stream: OK},
 * {@code stream: <signature> FOUND} or {@code ... ERROR} (e.g. "INSTREAM size limit exceeded").
 */
final class ClamdClient {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ClamdClient(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    String address() {
        return host + ":" + port;
    }

    /** True when clamd answers PONG within the timeouts. */
    boolean ping() {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return "PONG".equals(reply(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Streams {@code content} to clamd (the caller closes it) and reads the verdict. */
    ScanVerdict scan(InputStream content) throws IOException {
        try (Socket socket = connect()) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = content.read(buffer)) >= 0) {
                if (read == 0) {
                    continue;
                }
                out.writeInt(read);
                out.write(buffer, 0, read);
            }
            out.writeInt(0);
            out.flush();
            String reply = reply(socket.getInputStream());
            if (reply.endsWith(" OK")) {
                return new ScanVerdict.Clean();
            }
            if (reply.endsWith(" FOUND")) {
                String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).trim();
                return new ScanVerdict.Infected(signature);
            }
            throw new IOException("clamd answered: " + reply);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** clamd ends a z-command's reply with a NUL byte. */
    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < 4096) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).trim();
    }
}
