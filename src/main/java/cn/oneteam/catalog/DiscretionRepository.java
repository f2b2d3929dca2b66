package cn.oneteam.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Discretion benchmarks with their tiers, and lenient lists with their items. */
@Repository
class DiscretionRepository {

	private static final TypeReference<List<Circumstance>> CIRCUMSTANCES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DiscretionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insertBenchmark(long matterId, DiscretionBenchmark b, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into discretion_benchmark (matter_id, territory, issuing_authority, published_ref, effective_from,
				  effective_to, recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(matterId, b.territory() == null ? null : b.territory().value(), b.issuingAuthority(),
					b.publishedRef(), b.effectiveFrom(), b.effectiveTo(), at)
			.query(Long.class)
			.single();
		for (BenchmarkTier t : b.tiers()) {
			jdbc.sql("""
					insert into discretion_tier (benchmark_id, tier, party_type, conditions, penalty_kinds, fine_min, fine_max)
					values (?, ?, ?, ?::jsonb, ?, ?, ?)""")
				.params(id, t.tier().name(), t.partyType().name(), json.writeValueAsString(t.circumstances()),
						t.penaltyKinds().stream().map(Enum::name).sorted().toArray(String[]::new), t.min(), t.max())
				.update();
		}
		return id;
	}

	List<DiscretionBenchmark> benchmarks(String matterCode) {
		List<BenchmarkRow> shells = jdbc.sql("""
				select b.*, m.code as matter_code from discretion_benchmark b join matter m on m.id = b.matter_id
				where m.code = ? order by b.effective_from, b.id""")
			.param(matterCode)
			.query((rs, n) -> new BenchmarkRow(rs.getLong("id"), rs.getString("matter_code"),
					rs.getString("territory") == null ? null : new DivisionCode(rs.getString("territory")),
					rs.getString("issuing_authority"), rs.getString("published_ref"),
					rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class)))
			.list();
		if (shells.isEmpty()) {
			return List.of();
		}
		Map<Long, List<BenchmarkTier>> tiers = jdbc.sql("select * from discretion_tier where benchmark_id = any(?) order by id")
			.param(shells.stream().map(BenchmarkRow::id).toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("benchmark_id"), tier(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<DiscretionBenchmark> benchmarks = new ArrayList<>();
		for (BenchmarkRow b : shells) {
			benchmarks.add(new DiscretionBenchmark(b.id(), b.matterCode(), b.territory(), b.issuingAuthority(),
					b.publishedRef(),
					b.effectiveFrom(), b.effectiveTo(), tiers.getOrDefault(b.id(), List.of())));
		}
		return benchmarks;
	}

	long insertLenientList(LenientList list, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into lenient_list (kind, title, issuing_authority, effective_from, effective_to, recorded_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(list.kind().name(), list.title(), list.issuingAuthority(), list.effectiveFrom(), list.effectiveTo(), at)
			.query(Long.class)
			.single();
		for (LenientList.Item item : list.items()) {
			jdbc.sql("""
					insert into lenient_item (list_id, matter_id, conditions)
					values (?, (select id from matter where code = ?), ?::jsonb)""")
				.params(id, item.matterCode(), json.writeValueAsString(item.circumstances()))
				.update();
		}
		return id;
	}

	List<LenientList> lenientLists() {
		List<LenientList> lists = jdbc.sql("select * from lenient_list order by effective_from, id")
			.query((rs, n) -> new LenientList(rs.getLong("id"), LenientList.Kind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("issuing_authority"),
					rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
					List.of()))
			.list();
		Map<Long, List<LenientList.Item>> items = jdbc.sql("""
				select i.list_id, m.code, i.conditions from lenient_item i join matter m on m.id = i.matter_id order by i.id""")
			.query((rs, n) -> Map.entry(rs.getLong("list_id"),
					new LenientList.Item(rs.getString("code"), json.readValue(rs.getString("conditions"), CIRCUMSTANCES))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return lists.stream()
			.map(l -> new LenientList(l.id(), l.kind(), l.title(), l.issuingAuthority(), l.effectiveFrom(),
					l.effectiveTo(), items.getOrDefault(l.id(), List.of())))
			.toList();
	}

	private BenchmarkTier tier(ResultSet rs) throws SQLException {
		Array kinds = rs.getArray("penalty_kinds");
		EnumSet<PenaltyKind> penaltyKinds = EnumSet.noneOf(PenaltyKind.class);
		Arrays.stream((String[]) kinds.getArray()).map(PenaltyKind::valueOf).forEach(penaltyKinds::add);
		return new BenchmarkTier(DiscretionTier.valueOf(rs.getString("tier")), PartyType.valueOf(rs.getString("party_type")),
				json.readValue(rs.getString("conditions"), CIRCUMSTANCES), penaltyKinds, rs.getBigDecimal("fine_min"),
				rs.getBigDecimal("fine_max"));
	}

	private record BenchmarkRow(long id, String matterCode, @Nullable DivisionCode territory, String issuingAuthority,
			String publishedRef,
			LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
	}
}
