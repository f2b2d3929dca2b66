package cn.oneteam.subject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.oneteam.shared.Spooled;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量导入监管对象: a CSV (UTF-8) or .xlsx file with the header {@code code, kind, name, division, address,
 * representative, industry, status}; every row checked as {@link Subjects#register} checks one (the same code, kind
 * and jurisdiction checks), plus duplicates within the file and against the register; all rows stored in one
 * transaction through PostgreSQL COPY, or none with a row-by-row report; one full-process record entry for the import
 * (docs/adr/0019-subject-register.md, import).
 */
@Service
public class SubjectImport {

	/** The header, in this order (extra columns are refused). */
	public static final List<String> COLUMNS = List.of("code", "kind", "name", "division", "address", "representative",
			"industry", "status");

	/** At most this many refusals are reported (the count of refused rows is always complete). */
	static final int REPORT_LIMIT = 1000;

	private static final Pattern INDUSTRY = Pattern.compile("[A-T]([0-9]{2,4})?");

	private static final Map<String, Integer> MAX_LENGTH = Map.of("name", 200, "address", 300, "representative", 100);

	private static final Logger log = LoggerFactory.getLogger(SubjectImport.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	SubjectImport(DataSource dataSource, JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher publisher,
			Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.messages = messages;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The file's format. */
	public enum Format {
		CSV, XLSX;

		/** csv or xlsx, in any case; 400 {@code subject.import.format-unknown} otherwise. */
		public static Format of(String text) {
			for (Format format : values()) {
				if (format.name().equalsIgnoreCase(text.strip())) {
					return format;
				}
			}
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.import.format-unknown", text);
		}
	}

	/**
	 * Stores every row of the file or none; 422 {@code subject.import.rows-rejected} with the report when refused. The
	 * bytes are spooled to a temporary file first and read from there as {@link #importFile(String, Format,
	 * InputStream, ScopedPrincipal)} does.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public SubjectImportReport importFile(String fileName, Format format, byte[] content, ScopedPrincipal caller) {
		try (InputStream in = new java.io.ByteArrayInputStream(content)) {
			return spooled(fileName, format, in, caller);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The same from a stream (an upload's body): the stream is copied to a temporary file while its SHA-256 is
	 * computed, the file is read twice (checks, then COPY) by streaming readers — never whole in memory — and deleted
	 * afterwards, stored or refused (docs/adr/0024-quiet-periods-and-caps.md, import spooled to disk).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public SubjectImportReport importFile(String fileName, Format format, InputStream content, ScopedPrincipal caller) {
		return spooled(fileName, format, content, caller);
	}

	private SubjectImportReport spooled(String fileName, Format format, InputStream content, ScopedPrincipal caller) {
		Path file = null;
		try {
			Spooled spooled = Spooled.receive(content, Path.of(System.getProperty("java.io.tmpdir")), Long.MAX_VALUE,
					limit -> new IllegalStateException("no limit"));
			file = spooled.file();
			return importSpooled(fileName, format, file, spooled.sha256(), caller);
		}
		catch (IOException e) {
			throw new UncheckedIOException("spooling the import to a temporary file failed", e);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException e) {
					log.warn("Could not delete the import's temporary file {}", file, e);
				}
			}
		}
	}

	private SubjectImportReport importSpooled(String fileName, Format format, Path content, String sha256,
			ScopedPrincipal caller) {
		Locale locale = LocaleContextHolder.getLocale();
		List<SubjectImportReport.Refusal> refusals = new ArrayList<>();
		Set<Integer> refusedRows = new HashSet<>();
		Map<String, Integer> firstRow = new HashMap<>();
		Set<String> people = new HashSet<>();
		int[] read = { 0 };
		Consumer<SubjectImportReport.Refusal> refuse = refusal -> {
			refusedRows.add(refusal.row());
			if (refusals.size() < REPORT_LIMIT) {
				refusals.add(refusal);
			}
		};
		rows(format, content, (row, cells) -> {
			read[0]++;
			String code = check(row, cells, caller, locale, refuse);
			if (code != null) {
				if ("NATURAL_PERSON".equalsIgnoreCase(cells.get("kind"))) {
					people.add(code);
				}
				Integer earlier = firstRow.putIfAbsent(code, row);
				if (earlier != null) {
					refuse.accept(refusal(row, "code", locale, "subject.import.duplicate-in-file", earlier));
				}
			}
		});
		if (read[0] == 0) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.import.empty");
		}
		registeredAlready(firstRow.keySet()).forEach(code -> refuse.accept(refusal(firstRow.get(code), "code", locale,
				"subject.duplicate-code", people.contains(code) ? Subjects.shown(SubjectKind.NATURAL_PERSON, code) : code)));
		if (!refusedRows.isEmpty()) {
			refusals.sort((a, b) -> Integer.compare(a.row(), b.row()));
			throw new SubjectImportRejected(new SubjectImportReport(fileName, sha256, read[0], 0, 0,
					List.copyOf(refusals)));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		long started = System.nanoTime();
		long stored = copy(format, content, caller.organizationId(), now);
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Imported {} subjects from {} in {} ms ({} rows/s)", stored, fileName, millis,
				millis == 0 ? stored : stored * 1000 / millis);
		long firstId = jdbc.sql("select min(id) from market_subject where registered_at = ? and registered_by_org_id = ?")
			.params(now, caller.organizationId())
			.query(Long.class)
			.single();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("fileName", fileName);
		facts.put("sha256", sha256);
		facts.put("rows", stored);
		publisher.publishEvent(new SubjectRecorded(firstId, "imported", caller.accountId(), now, facts));
		return new SubjectImportReport(fileName, sha256, read[0], (int) stored, millis, List.of());
	}

	/** The checks of one row; its normalised code when the code and kind are acceptable, else null. */
	private String check(int row, Map<String, String> cells, ScopedPrincipal caller, Locale locale,
			Consumer<SubjectImportReport.Refusal> refuse) {
		for (String column : List.of("code", "kind", "name", "division", "address")) {
			if (cells.get(column).isEmpty()) {
				refuse.accept(refusal(row, column, locale, "subject.import.required"));
			}
		}
		MAX_LENGTH.forEach((column, max) -> {
			if (cells.get(column).length() > max) {
				refuse.accept(refusal(row, column, locale, "subject.import.too-long", max));
			}
		});
		String industry = cells.get("industry");
		if (!industry.isEmpty() && !INDUSTRY.matcher(industry).matches()) {
			refuse.accept(refusal(row, "industry", locale, "subject.import.industry-malformed", industry));
		}
		String status = cells.get("status");
		if (!status.isEmpty() && !status.equals("ACTIVE") && !status.equals("SUSPENDED")) {
			refuse.accept(refusal(row, "status", locale, "subject.import.status-unknown", status));
		}
		if (!cells.get("division").isEmpty()) {
			try {
				Subjects.division(cells.get("division"), caller);
			}
			catch (RuleViolation violation) {
				refuse.accept(refusal(row, "division", locale, violation));
			}
		}
		SubjectKind kind = kind(cells.get("kind"));
		if (kind == null) {
			if (!cells.get("kind").isEmpty()) {
				refuse.accept(refusal(row, "kind", locale, "subject.import.kind-unknown", cells.get("kind")));
			}
			return null;
		}
		if (cells.get("code").isEmpty()) {
			return null;
		}
		try {
			return Subjects.code(kind, cells.get("code").toUpperCase(Locale.ROOT));
		}
		catch (RuleViolation violation) {
			refuse.accept(refusal(row, "subject.kind-code-mismatch".equals(violation.code()) ? "kind" : "code", locale,
					violation));
			return null;
		}
	}

	private static SubjectKind kind(String text) {
		try {
			return text.isEmpty() ? null : SubjectKind.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private Set<String> registeredAlready(Set<String> codes) {
		Set<String> found = new HashSet<>();
		List<String> all = new ArrayList<>(codes);
		for (int from = 0; from < all.size(); from += 50_000) {
			String[] chunk = all.subList(from, Math.min(all.size(), from + 50_000)).toArray(String[]::new);
			found.addAll(jdbc.sql("select code from market_subject where code = any(?)").param(chunk)
				.query(String.class)
				.list());
		}
		return found;
	}

	/** Streams the valid rows into market_subject through COPY on the transaction's connection. */
	private long copy(Format format, Path content, long orgId, OffsetDateTime now) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy market_subject (kind, code, name, division_code, street_address, representative, industry_code,
					  status, registered_by_org_id, registered_at) from stdin (format csv)""");
			try {
				StringWriter buffer = new StringWriter(1 << 16);
				CSVPrinter printer = new CSVPrinter(buffer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
				String at = now.toString();
				rows(format, content, (row, cells) -> {
					try {
						SubjectKind kind = SubjectKind.valueOf(cells.get("kind").toUpperCase(Locale.ROOT));
						printer.printRecord(kind.name(), Subjects.code(kind, cells.get("code").toUpperCase(Locale.ROOT)),
								cells.get("name"), cells.get("division"), cells.get("address"),
								nullIfEmpty(cells.get("representative")), nullIfEmpty(cells.get("industry")),
								cells.get("status").isEmpty() ? "ACTIVE" : cells.get("status"), orgId, at);
						if (buffer.getBuffer().length() > 1 << 16) {
							byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
							copy.writeToCopy(bytes, 0, bytes.length);
							buffer.getBuffer().setLength(0);
						}
					}
					catch (IOException | SQLException e) {
						throw new IllegalStateException(e);
					}
				});
				printer.flush();
				byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("COPY into market_subject failed", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String nullIfEmpty(String text) {
		return text.isEmpty() ? null : text;
	}

	@FunctionalInterface
	private interface RowHandler {
		void row(int row, Map<String, String> cells);
	}

	/** Every data row with its number (the header is row 1), cells trimmed, absent cells empty. */
	private static void rows(Format format, Path content, RowHandler handler) {
		if (format == Format.CSV) {
			readCsv(content, handler);
		}
		else {
			readXlsx(content, handler);
		}
	}

	private static void readCsv(Path content, RowHandler handler) {
		// an InputStreamReader (not Files.newBufferedReader) so that malformed UTF-8 is replaced, as before, not refused
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(content), StandardCharsets.UTF_8), 1 << 16);
				CSVParser parser = CSVParser.builder()
					.setReader(skipBom(reader))
					.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get())
					.get()) {
			requireHeader(parser.getHeaderNames());
			int row = 1;
			for (CSVRecord record : parser) {
				row++;
				Map<String, String> cells = new HashMap<>();
				for (String column : COLUMNS) {
					cells.put(column, record.isSet(column) ? record.get(column) : "");
				}
				handler.row(row, cells);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException e) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.import.file-unreadable",
					String.valueOf(e.getMessage()));
		}
	}

	/** The reader past a UTF-8 byte order mark, if the file starts with one. */
	private static Reader skipBom(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/** The first sheet read row by row from the file (fastexcel's streaming reader over the zip on disk). */
	private static void readXlsx(Path content, RowHandler handler) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(content.toFile());
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<String> header = new ArrayList<>();
			for (Row row : (Iterable<Row>) rows::iterator) {
				if (header.isEmpty()) {
					for (int c = 0; c < row.getCellCount(); c++) {
						header.add(row.getCellText(c).trim().toLowerCase(Locale.ROOT));
					}
					requireHeader(header);
					continue;
				}
				Map<String, String> cells = new HashMap<>();
				boolean any = false;
				for (int c = 0; c < header.size(); c++) {
					String text = c < row.getCellCount() ? row.getCellText(c).trim() : "";
					cells.put(header.get(c), text);
					any |= !text.isEmpty();
				}
				if (any) {
					handler.row(row.getRowNum(), cells);
				}
			}
			if (header.isEmpty()) {
				requireHeader(header);
			}
		}
		catch (IOException | UncheckedIOException e) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.import.file-unreadable",
					String.valueOf(e.getMessage()));
		}
	}

	private static void requireHeader(List<String> header) {
		if (header.size() != COLUMNS.size() || !Set.copyOf(header).equals(Set.copyOf(COLUMNS))) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.import.header-invalid",
					String.join(",", COLUMNS));
		}
	}

	private SubjectImportReport.Refusal refusal(int row, String column, Locale locale, RuleViolation violation) {
		return new SubjectImportReport.Refusal(row, column, violation.code(), messages.getMessage(
				"problem." + violation.code() + ".detail", violation.arguments(), violation.code(), locale));
	}

	private SubjectImportReport.Refusal refusal(int row, String column, Locale locale, String code,
			Object... arguments) {
		return refusal(row, column, locale, new SubjectViolation(SubjectViolation.BAD_REQUEST, code, arguments));
	}
}
