package cn.oneteam.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one reader of uploaded tables and the spreadsheet day (docs/adr/0049-importing-empowerment-lists.md, "Reading a
 * file"): CSV and .xlsx alike skip blank rows and keep the spreadsheet's row numbers, refuse a repeated column and
 * bytes that are not UTF-8, and stop at the row cap while reading.
 */
class UploadedTableTests {

	private static Optional<String> column(String header) {
		String name = header.toLowerCase(Locale.ROOT);
		return List.of("name", "day").contains(name) ? Optional.of(name) : Optional.empty();
	}

	private static UploadedTable.Table<String> csv(String text, int maxRows) {
		return UploadedTable.read("t.CSV", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxRows,
				UploadedTableTests::column, header -> {
				});
	}

	@Test
	void aCsvLosesItsByteOrderMarkAndBlankRowsButKeepsTheRowNumbers() {
		UploadedTable.Table<String> table = csv("\uFEFFName,,other,Day\n甲, x ,y,2025/3/1\n\n , ,,\n\"乙\n丙\",,,45717\n丁,,,\n",
				10);
		assertThat(table.header()).containsOnlyKeys("name", "day").containsEntry("name", "Name");
		assertThat(table.lines()).extracting(UploadedTable.Line::row).containsExactly(2, 5, 6);
		assertThat(table.lines().get(0).cells()).isEqualTo(Map.of("name", "甲", "day", "2025/3/1"));
		assertThat(table.lines().get(1).get("name")).isEqualTo("乙\n丙");
		assertThat(table.lines().get(2).get("day")).isEmpty();
	}

	@Test
	void anXlsxSkipsBlankRowsAndKeepsTheSheetsRowNumbers() throws Exception {
		byte[] file = xlsx(List.of(List.of("", ""), List.of("name", "day"), List.of("甲", "45717"), List.of(" ", ""),
				List.of("乙", "2025-03-01")));
		UploadedTable.Table<String> table = UploadedTable.read("t.xlsx", new ByteArrayInputStream(file), 10,
				UploadedTableTests::column, header -> {
				});
		assertThat(table.lines()).extracting(UploadedTable.Line::row).containsExactly(3, 5);
		assertThat(table.lines().get(1).get("name")).isEqualTo("乙");
	}

	@Test
	void aRepeatedColumnIsRefusedAndTheHeaderCheckSeesTheHeaderFirst() {
		assertThatThrownBy(() -> csv("name,NAME\na,b\n", 10))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("upload.header-repeated"));
		List<String> seen = new ArrayList<>();
		assertThatThrownBy(() -> UploadedTable.stream("t.csv",
				new ByteArrayInputStream("name\na\n".getBytes(StandardCharsets.UTF_8)), 10, UploadedTableTests::column,
				header -> {
					throw new RuleViolation(RuleViolation.BAD_REQUEST, "test.no-day");
				}, line -> seen.add(line.get("name"))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("test.no-day"));
		assertThat(seen).isEmpty();
	}

	@Test
	void bytesThatAreNotUtf8AreRefusedAsSuchAndAnythingUnreadableWithAFixedMessage() {
		byte[] gb18030 = "name,day\n张三,2025-03-01\n".getBytes(Charset.forName("GB18030"));
		assertThatThrownBy(() -> UploadedTable.read("t.csv", new ByteArrayInputStream(gb18030), 10,
				UploadedTableTests::column, header -> {
				}))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.code()).isEqualTo("upload.file-encoding");
				assertThat(v.arguments()).isEmpty();
			});
		assertThatThrownBy(() -> csv("name,day\n\"open,2025-03-01\n", 10))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.code()).isEqualTo("upload.file-unreadable");
				assertThat(v.arguments()).containsExactly("2");
			});
		assertThatThrownBy(() -> UploadedTable.read("t.xlsx", new ByteArrayInputStream("no zip".getBytes()), 10,
				UploadedTableTests::column, header -> {
				}))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("upload.file-unreadable"));
	}

	@Test
	void theCapStopsTheReadingOfAWorkbookAtTheRowAfterIt() throws Exception {
		List<List<String>> rows = new ArrayList<>(List.of(List.of("name")));
		for (int i = 0; i < 1000; i++) {
			rows.add(List.of("n" + i));
		}
		byte[] file = xlsx(rows);
		List<String> handed = new ArrayList<>();
		assertThatThrownBy(() -> UploadedTable.stream("t.xlsx", new ByteArrayInputStream(file), 10,
				UploadedTableTests::column, header -> {
				}, line -> handed.add(line.get("name"))))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.code()).isEqualTo("upload.too-many-rows");
				assertThat(v.arguments()).containsExactly("10");
			});
		assertThat(handed).hasSize(10).endsWith("n9");
		assertThat(csv("name\n" + "a\n".repeat(10), 10).lines()).hasSize(10);
	}

	@Test
	void whatTheCallersHandlerThrowsPassesUnchanged() {
		IllegalStateException failure = new IllegalStateException("the caller's own failure");
		assertThatThrownBy(() -> UploadedTable.stream("t.csv",
				new ByteArrayInputStream("name\na\n".getBytes(StandardCharsets.UTF_8)), 10, UploadedTableTests::column,
				header -> {
				}, line -> {
					throw failure;
				}))
			.isSameAs(failure);
	}

	@Test
	void anotherFileTypeIsRefused() {
		assertThatThrownBy(() -> UploadedTable.read("t.xls", new ByteArrayInputStream(new byte[0]), 10,
				UploadedTableTests::column, header -> {
				}))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("upload.file-type"));
	}

	@Test
	void aSpreadsheetDayIsIsoSlashedOrASerialNumberInThePlausibleYears() {
		assertThat(SpreadsheetDay.parse("2025-03-01")).contains(LocalDate.of(2025, 3, 1));
		assertThat(SpreadsheetDay.parse("2025/3/1")).contains(LocalDate.of(2025, 3, 1));
		assertThat(SpreadsheetDay.parse("45717")).contains(LocalDate.of(2025, 3, 1));
		assertThat(SpreadsheetDay.parse("45717.0")).contains(LocalDate.of(2025, 3, 1));
		assertThat(SpreadsheetDay.parse("2200-12-31")).isPresent();
		assertThat(SpreadsheetDay.parse("2201-01-01")).isEmpty();
		assertThat(SpreadsheetDay.parse("1899-12-31")).isEmpty();
		assertThat(SpreadsheetDay.parse("999999")).isEmpty(); // a serial number beyond 2200
		assertThat(SpreadsheetDay.parse("2025")).isEmpty();
		assertThat(SpreadsheetDay.parse("2025-02-30")).isEmpty();
		assertThat(SpreadsheetDay.parse("45717.5")).isEmpty();
	}

	private static byte[] xlsx(List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "OneTeam", "1.0");
		Worksheet sheet = workbook.newWorksheet("t");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				sheet.value(r, c, rows.get(r).get(c));
			}
		}
		workbook.finish();
		return out.toByteArray();
	}
}
