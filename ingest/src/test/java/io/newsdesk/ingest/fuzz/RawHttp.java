package io.newsdesk.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP/1.1 over a plain {@link Socket}, byte by byte as we choose to send it: slowly, cut short,
 * with oversized or malformed header lines. {@link java.net.http.HttpClient} would refuse to send
 * most of these.
 */
final class RawHttp {
    /** The server's answer; status -1 when the connection closed (or timed out) without one. */
    record Answer(int status, String body, boolean timedOut) {
        boolean answered() {
            return status > 0;
        }
    }

    private RawHttp() {
    }

    static byte[] request(String pathAndQuery, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder("POST ").append(pathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Content-Length"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, out, 0, headBytes.length);
        System.arraycopy(body, 0, out, headBytes.length, body.length);
        return out;
    }

    /** Opens a connection with a read timeout; the caller writes, then {@link #read}s. */
    static Socket open(int port, Duration readTimeout) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) readTimeout.toMillis());
        return socket;
    }

    /** Sends all bytes (ignoring a server that closes early, as it may after a 413) and reads the answer. */
    static Answer exchange(int port, byte[] request, Duration readTimeout) throws IOException {
        try (Socket socket = open(port, readTimeout)) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException serverClosedEarly) {
                // Read what it answered before closing.
            }
            return read(socket);
        }
    }

    static Answer read(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean timedOut = false;
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
                if (complete(received.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            timedOut = true;
        } catch (IOException reset) {
            // A reset after (or instead of) the answer: parse what arrived.
        }
        return parse(received.toByteArray(), timedOut);
    }

    private static boolean complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(head.substring(at + 15).split("\r\n", 2)[0].strip());
        return bytes.length >= end + 4 + length;
    }

    private static Answer parse(byte[] bytes, boolean timedOut) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Answer(-1, text, timedOut);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int end = text.indexOf("\r\n\r\n");
        return new Answer(status, end < 0 ? "" : text.substring(end + 4), timedOut);
    }
}
