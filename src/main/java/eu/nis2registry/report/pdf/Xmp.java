package eu.nis2registry.report.pdf;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet, written by hand: it is a few lines of fixed RDF, and its values must
 * match the document information dictionary exactly (a PDF/A requirement).
 */
final class Xmp {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Xmp() {
    }

    static byte[] packet(DocumentMetadata m, String producer, String keywords) {
        OffsetDateTime date = m.creationDate().withNano(0);
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(m.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!m.author().isBlank()) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(m.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!m.subject().isBlank()) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(m.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(esc(m.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("  </rdf:Description>\n");

        String when = XMP_DATE.format(date);
        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n");
        if (!m.creator().isBlank()) {
            x.append("   <xmp:CreatorTool>").append(esc(m.creator())).append("</xmp:CreatorTool>\n");
        }
        x.append("  </rdf:Description>\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n");
        if (!keywords.isEmpty()) {
            x.append("   <pdf:Keywords>").append(esc(keywords)).append("</pdf:Keywords>\n");
        }
        x.append("  </rdf:Description>\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n");

        x.append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        String clean = TextSanitizer.singleLine(s);
        StringBuilder b = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
