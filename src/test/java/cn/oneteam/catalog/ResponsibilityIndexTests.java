package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import cn.oneteam.IntegrationTest;
import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.catalog.internal.ResponsibilityIndex;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.NewOrganization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The resolver's in-memory index (docs/adr/0054-responsibility-index.md): it answers as the database does, shows a
 * change at once in the instance that made it, a change of another instance within seconds, and reloads a few times,
 * not thousands, for a burst. Fixtures: new matters in 海晏县 (632223), outside the demo accounts' view.
 */
class ResponsibilityIndexTests extends IntegrationTest {

	private static final DivisionCode COUNTY = DivisionCode.of("632223");

	private static final DivisionCode TOWNSHIP = DivisionCode.of("632223100");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogIndex index;

	@Autowired
	CatalogRepository repository;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	DataSource dataSource;

	@Test
	void theIndexAnswersAsTheDatabaseDoesForEveryMatterAndTownshipOfTheDemoCounty() {
		DivisionCode delingha = DivisionCode.of("632802");
		List<DivisionCode> places = new ArrayList<>(
				List.of(delingha, DivisionCode.of("6328"), DivisionCode.of("632802001001")));
		regions.children(delingha).forEach(t -> places.add(t.code()));
		List<LocalDate> days = List.of(LocalDate.of(2019, 6, 1), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 1), DAY);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Empowerment> empowerments = repository.empowerments(delingha);
			List<Boundary> boundaries = repository.boundariesAround(delingha);
			ResponsibilityIndex snapshot = index.get();
			int answered = 0, nobody = 0, several = 0;
			for (Matter matter : repository.allMatters()) {
				assertThat(snapshot.matter(matter.code())).contains(matter);
				for (DivisionCode place : places) {
					for (LocalDate day : days) {
						List<String> expected = ids(fromTheDatabase(matter.code(), place, day, empowerments, boundaries));
						List<String> indexed = ids(snapshot.candidates(matter.code(), place, day));
						assertThat(indexed).as("%s in %s on %s", matter.code(), place, day).isEqualTo(expected);
						answered += expected.size() == 1 ? 1 : 0;
						nobody += expected.isEmpty() ? 1 : 0;
						several += expected.size() > 1 ? 1 : 0;
					}
				}
			}
			// the demo catalogue has answers, gaps and the seeded overlap: every kind of answer was compared
			assertThat(answered).isPositive();
			assertThat(nobody).isPositive();
			assertThat(several).isPositive();
		});
	}

	@Test
	void aChangeThroughTheServiceIsAnsweredAtOnceInThisInstance() {
		Fixture f = fixture();
		assertThat(resolve(f.matter).mode()).isEqualTo(EnforcementMode.OWN_POWER);
		assertThat(resolve(f.matter).enforcingBodyId()).isEqualTo(f.bureau);
		SystemActor.call(() -> catalog.empower(TOWNSHIP, f.matter, EnforcementMode.EMPOWERED, f.township, f.township,
				new LegalInstrument("IDX-1", LocalDate.of(2025, 1, 1), null), LocalDate.of(2025, 1, 1), null,
				JurisdictionScope.nationwide()));
		Responsibility empowered = resolve(f.matter);
		assertThat(empowered.mode()).isEqualTo(EnforcementMode.EMPOWERED);
		assertThat(empowered.enforcingBodyId()).isEqualTo(f.township);
		// a second county-wide boundary makes the other townships' answer a conflict, never a guess
		SystemActor.call(() -> catalog.defineBoundary(f.matter, COUNTY, null, null, f.bureau, LocalDate.of(2024, 1, 1),
				null, JurisdictionScope.nationwide()));
		assertThatThrownBy(() -> catalog.responsible(f.matter, DivisionCode.of("632223101"), DAY))
			.isInstanceOfSatisfying(CatalogViolation.class,
					v -> assertThat(v.code()).isEqualTo("catalog.several-responsible"));
		assertThat(resolve(f.matter).mode()).isEqualTo(EnforcementMode.EMPOWERED);
	}

	@Test
	void aRowWrittenByAnotherInstanceIsSeenWithinSeconds() throws SQLException {
		Fixture f = fixture();
		int before = index.patches() + index.rebuilds();
		try (Connection other = anotherConnection(); PreparedStatement insert = other.prepareStatement("""
				insert into empowerment (township_code, matter_id, mode, acting_org_id, name_org_id, instrument_number,
				  instrument_published, effective_from, recorded_at)
				values (?, (select id from matter where code = ?), 'EMPOWERED', ?, ?, 'IDX-OTHER', date '2025-01-01',
				  date '2025-01-01', now())""")) {
			insert.setString(1, TOWNSHIP.value());
			insert.setString(2, f.matter);
			insert.setLong(3, f.township);
			insert.setLong(4, f.township);
			insert.executeUpdate();
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> resolve(f.matter).mode() == EnforcementMode.EMPOWERED);
		assertThat(index.patches() + index.rebuilds()).isGreaterThan(before);
	}

	@Test
	void aBurstOfTwoThousandRowsReloadsAFewTimesNotThousands() throws SQLException {
		Fixture f = fixture();
		LocalDate first = LocalDate.of(2000, 1, 1);
		// the fixture's own notifications heard first: counted after, they would be taken for the burst's
		int[] seen = { -1 };
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int now = index.patches() + index.rebuilds();
			boolean settled = now == seen[0];
			seen[0] = now;
			return settled;
		});
		int before = index.patches() + index.rebuilds();
		try (Connection other = anotherConnection(); PreparedStatement insert = other.prepareStatement("""
				insert into responsibility_boundary (matter_id, division_code, enforcing_org_id, effective_from,
				  effective_to, recorded_at)
				values ((select id from matter where code = ?), ?, ?, ?, ?, now())""")) {
			other.setAutoCommit(false);
			for (int i = 0; i < 2_000; i++) { // 10 commits of 200 rows (10 imports), one boundary a day in 2000-2005
				insert.setString(1, f.matter);
				insert.setString(2, TOWNSHIP.value());
				insert.setLong(3, f.bureau);
				insert.setObject(4, first.plusDays(i));
				insert.setObject(5, first.plusDays(i));
				insert.executeUpdate();
				if (i % 200 == 199) {
					other.commit();
				}
			}
		}
		LocalDate last = first.plusDays(1_999);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> index.get().candidates(f.matter, TOWNSHIP, last).size() == 1);
		// a commit notifies each matter once, whatever its rows; commits close together make one reload
		int reloads = index.patches() + index.rebuilds() - before;
		assertThat(reloads).isBetween(1, 10);
		assertThat(index.get().candidates(f.matter, TOWNSHIP, first.plusDays(1_000))).hasSize(1);
	}

	private Responsibility resolve(String matter) {
		return catalog.responsible(matter, TOWNSHIP, DAY);
	}

	/** A new matter enforced in 海晏县 by a new bureau, and a new government of 三角城镇 (not yet empowered). */
	private record Fixture(String matter, long bureau, long township) {
	}

	private Fixture fixture() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String matter = "TEST-IDX-" + suffix;
		return SystemActor.call(() -> {
			long bureau = organizations.register(new NewOrganization("t-idx-b-" + suffix, "索引测试执法局" + suffix,
					OrganizationKind.ENFORCEMENT_BUREAU, BodyType.OWN_POWER, COUNTY, null, List.of()),
					JurisdictionScope.nationwide()).id().value();
			long township = organizations.register(new NewOrganization("t-idx-t-" + suffix, "索引测试镇政府" + suffix,
					OrganizationKind.TOWNSHIP_GOVERNMENT, null, TOWNSHIP, null, List.of()),
					JurisdictionScope.nationwide()).id().value();
			catalog.register(new NewMatter(matter, EnforcementDomain.URBAN_MANAGEMENT, MatterKind.PENALTY,
					MatterLevel.COUNTY, new MatterVersion(1, "索引测试事项", null, null, "测试法", "第一条",
							Set.of(PenaltyKind.FINE), StatutoryFine.amount(null, new BigDecimal("1000")),
							LocalDate.of(2000, 1, 1), null)));
			catalog.defineBoundary(matter, COUNTY, null, null, bureau, LocalDate.of(2020, 1, 1), null,
					JurisdictionScope.nationwide());
			return new Fixture(matter, bureau, township);
		});
	}

	/** A connection outside this instance's pool, as another instance would write with. */
	private Connection anotherConnection() throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
	}

	private static List<String> ids(List<Object> records) {
		return records.stream()
			.map(r -> r instanceof Empowerment e ? "empowerment " + e.id() : "boundary " + ((Boundary) r).id())
			.sorted()
			.toList();
	}

	/**
	 * The resolver's rule as it ran on the database's rows before the index (a test oracle): the township's entries in
	 * force, or else the boundaries in force of the most specific territory containing the place.
	 */
	private static List<Object> fromTheDatabase(String matterCode, DivisionCode place, LocalDate day,
			List<Empowerment> empowerments, List<Boundary> boundaries) {
		if (place.level().ordinal() >= DivisionLevel.TOWNSHIP.ordinal()) {
			DivisionCode township = new DivisionCode(place.value().substring(0, DivisionLevel.TOWNSHIP.codeLength()));
			List<Object> empowered = empowerments.stream()
				.filter(e -> e.township().equals(township) && e.matterCode().equals(matterCode) && e.inForceOn(day))
				.map(Object.class::cast)
				.toList();
			if (!empowered.isEmpty()) {
				return empowered;
			}
		}
		List<Boundary> containing = boundaries.stream()
			.filter(b -> b.matterCode().equals(matterCode) && b.inForceOn(day) && place.isWithin(b.territory()))
			.toList();
		int deepest = containing.stream().mapToInt(b -> b.territory().value().length()).max().orElse(0);
		return containing.stream()
			.filter(b -> b.territory().value().length() == deepest)
			.sorted(Comparator.comparingLong(Boundary::id))
			.map(Object.class::cast)
			.toList();
	}
}
