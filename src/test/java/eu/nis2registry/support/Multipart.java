package eu.nis2registry.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body built whole, so that it is sent with a Content-Length: the registry refuses
 * chunked bodies outside leak uploads (411), and REST Assured's own multipart sends them chunked.
 */
public record Multipart(String contentType, byte[] body) {

    /** Text parts from strings; a {@code byte[]} value becomes a file part named after its field. */
    public static Multipart of(Map<String, Object> parts, String fileName) {
        String boundary = "----registry-test-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, value) -> {
            write(out, "--" + boundary + "\r\n");
            if (value instanceof byte[] bytes) {
                write(out, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n");
                write(out, "Content-Type: application/octet-stream\r\n\r\n");
                out.writeBytes(bytes);
                write(out, "\r\n");
            } else {
                write(out, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            }
        });
        write(out, "--" + boundary + "--\r\n");
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
