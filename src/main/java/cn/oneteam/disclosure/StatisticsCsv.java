package cn.oneteam.disclosure;

import java.util.ArrayList;
import java.util.List;

import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.EnforcementDomain;

/**
 * The open-data file of a year's reports (docs/adr/0045-annual-enforcement-statistics.md): one row per body (its newest
 * version), English column names that stay stable for republishers, every category present, RFC 4180 quoting, UTF-8
 * with a byte-order mark so that spreadsheet programs read the Chinese names.
 */
final class StatisticsCsv {

	private StatisticsCsv() {
	}

	static String of(List<StatisticsReport> reports) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, header());
		for (StatisticsReport r : reports) {
			line(csv, row(r));
		}
		return csv.toString();
	}

	static List<String> header() {
		List<String> h = new ArrayList<>(List.of("body_id", "body_name", "body_seat", "year", "version",
				"published_on", "due_on", "on_time", "cases_filed", "simple_decisions", "general_decisions",
				"decided_without_penalty"));
		for (EnforcementDomain d : EnforcementDomain.values()) {
			h.add("decisions_domain_" + d.name().toLowerCase());
		}
		for (PenaltyKind k : PenaltyKind.values()) {
			h.add("decisions_kind_" + k.name().toLowerCase());
		}
		h.addAll(List.of("fines_decided", "fines_collected", "hearings_held", "reconsiderations", "lawsuits", "seals",
				"impoundments", "enforcements", "court_applications", "judicial_transfers", "inspections",
				"inspections_random", "inspections_targeted", "inspections_joint", "inspections_case_clues",
				"complaints_received", "complaints_substantiated"));
		return h;
	}

	private static List<String> row(StatisticsReport r) {
		AnnualFigures f = r.figures();
		List<String> row = new ArrayList<>(List.of(String.valueOf(r.bodyId()), r.bodyName(), r.bodySeat(),
				String.valueOf(r.year()), String.valueOf(r.version()), r.publishedOn().toString(), r.dueOn().toString(),
				String.valueOf(r.onTime()), n(f.penalties().casesFiled()), n(f.penalties().simpleDecisions()),
				n(f.penalties().generalDecisions()), n(f.penalties().decidedWithoutPenalty())));
		f.penalties().byDomain().values().forEach(v -> row.add(n(v)));
		f.penalties().byKind().values().forEach(v -> row.add(n(v)));
		row.addAll(List.of(f.fines().decided().toPlainString(), f.fines().collected().toPlainString(),
				n(f.remedies().hearingsHeld()), n(f.remedies().reconsiderations()), n(f.remedies().lawsuits()),
				n(f.coercion().seals()), n(f.coercion().impoundments()), n(f.coercion().enforcements()),
				n(f.coercion().courtApplications()), n(f.coercion().judicialTransfers()), n(f.inspections().visits()),
				n(f.inspections().random()), n(f.inspections().targeted()), n(f.inspections().joint()),
				n(f.inspections().caseClues()), n(f.complaints().received()), n(f.complaints().substantiated())));
		return row;
	}

	private static String n(long value) {
		return String.valueOf(value);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String cell = cells.get(i);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
				csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(cell);
			}
		}
		csv.append("\r\n");
	}
}
