package eu.nis2registry.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated leak files and the suppliers they match, the same for the same seed. */
public final class LeakFiles {

    private LeakFiles() {
    }

    public static String supplierDomain(int supplier) {
        return String.format("sup%03d.example", supplier);
    }

    /** Inventory CSV of the suppliers the files match. */
    public static String suppliersCsv(int suppliers) {
        StringBuilder csv = new StringBuilder("name,domains\n");
        for (int i = 0; i < suppliers; i++) {
            csv.append("IT supplier ").append(i).append(',').append(supplierDomain(i)).append('\n');
        }
        return csv.toString();
    }

    /**
     * A ULP file where every counter gets its share: 20 % of the lines match a supplier's portal (a tenth of those
     * repeat an earlier one: duplicates), 3 % cannot be parsed, 5 % are blank or comments, the rest match nobody.
     *
     * @param logins distinguishes the credentials of files that must not share any
     */
    public static Path ulp(Path file, int lines, int suppliers, long seed, String logins) {
        Random random = new Random(seed);
        List<String> matched = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                int dice = random.nextInt(100);
                String line;
                if (dice < 5) {
                    line = dice < 2 ? "" : "# stealer log part " + i;
                } else if (dice < 8) {
                    line = dice == 5 ? "no separators at all " + i : "bad host!name.example:" + logins + i + ":pw";
                } else if (dice < 28) {
                    if (!matched.isEmpty() && random.nextInt(10) == 0) {
                        line = matched.get(random.nextInt(matched.size()));
                    } else {
                        String host = (random.nextInt(8) == 0 ? "admin." : "portal.") + supplierDomain(random.nextInt(suppliers));
                        line = "https://" + host + "/login:" + logins + i + "@mail" + random.nextInt(50) + ".example:Pw-" + Long.toHexString(random.nextLong());
                        if (matched.size() < 50_000) {
                            matched.add(line);
                        }
                    }
                } else {
                    line = "https://shop" + random.nextInt(100_000) + ".example.net/account:" + logins + i + "@webmail.example:"
                            + Long.toHexString(random.nextLong());
                }
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
