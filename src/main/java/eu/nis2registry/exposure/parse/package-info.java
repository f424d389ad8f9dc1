/**
 * The pure core of leak-file import: {@link eu.nis2registry.exposure.parse.LeakScanner} reads a
 * ULP, CSV or JSONL leak file of any size and reports one outcome per line to a
 * {@link eu.nis2registry.exposure.parse.LeakScanHandler}; {@link eu.nis2registry.exposure.parse.ImportTally}
 * turns those outcomes into the import's counters through a
 * {@link eu.nis2registry.exposure.parse.DedupeStore}.
 *
 * <p>Decisions beyond LEAK-FORMATS.md:
 * <ul>
 * <li>CSV: a "line" is a record. A record whose quoted field spans several physical lines counts
 * once, under the number of its first physical line, so {@code linesRead} can be lower than the
 * number of physical lines. Line breaks inside quotes are read as LF. A record over 8 KiB (all its
 * lines) is rejected and reading starts afresh on the next physical line, so one stray quote
 * cannot swallow the file; a quote still open at the end of the file rejects that record. A
 * record with another number of fields than the header is rejected. The optional columns may
 * be empty (then the import's kind and day apply).</li>
 * <li>ULP ports: {@code host:digits:...} is read as a port only when the digits are a number up
 * to 65535 and the rest still holds a login and a password; otherwise the digits are the login
 * ({@code host:0471234:secret}).</li>
 * <li>Paths lose their query string and fragment ({@code ?} or {@code #} onwards). An empty
 * password is accepted; a login of white space only is empty.</li>
 * <li>A URL in a CSV or JSONL field may carry user info ({@code https://bob@host/}), dropped;
 * after the host a ':' must start a port.</li>
 * <li>Hosts may hold underscores (real host names do); IP addresses are hosts but never domains,
 * so they never match.</li>
 * <li>{@code kind} values are case-insensitive and accept '-' or ' ' for '_'; an unknown kind or
 * an unreadable {@code compromisedAt} rejects the line rather than being silently replaced.</li>
 * <li>Encoding: a line (a CSV record) that is not valid UTF-8 is read as windows-1252 as a whole;
 * the password and login are hashed as UTF-8 of the decoded text, so the same password gives the
 * same fingerprint whichever encoding the file used.</li>
 * </ul>
 */
package eu.nis2registry.exposure.parse;
