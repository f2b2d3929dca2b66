package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.MentalCapacity;
import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.oneteam.IntegrationTest;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one mapping of {@code penalty_case} ({@link CaseTable}): every column of the table is mapped once or named as
 * kept outside the case, and a case with every field set survives an insert and a save unchanged — so that a column
 * added to the table, or a field added to {@link CaseFile}, without the mapping fails here.
 */
class CaseTableTests extends IntegrationTest {

	/** The fields an update leaves as inserted (what the case was opened, or decided on the spot, with). */
	private static final Set<String> INSERTED_ONLY = Set.of("procedure", "matterCode", "place", "partyKind",
			"partyName", "facts", "source", "discoveredOn", "handlerAccountId", "formNumber", "archiveDue",
			"archiveDueProvisional", "paymentDueProvisional", "collection");

	/** Not columns of penalty_case: the identity, the officers (case_officer) and the optimistic lock. */
	private static final Set<String> NOT_COMPARED = Set.of("id", "officers", "lockVersion");

	@Autowired
	CaseFiles files;

	@Autowired
	CaseRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyColumnOfTheTableIsMappedOnceOrNamedAsKeptOutsideTheCase() {
		List<String> table = jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = 'penalty_case'""", String.class);
		List<String> mapped = CaseTable.columnNames();
		assertThat(new HashSet<>(mapped)).hasSameSizeAs(mapped);
		assertThat(CaseTable.NOT_IN_THE_MODEL).doesNotContainAnyElementsOf(mapped);
		List<String> accounted = new ArrayList<>(mapped);
		accounted.addAll(CaseTable.NOT_IN_THE_MODEL);
		assertThat(accounted).containsExactlyInAnyOrderElementsOf(table);
	}

	@Test
	void theStatementsNameEveryMappedColumnAndKeepTheOptimisticLock() {
		assertThat(CaseTable.UPDATE).endsWith("lock_version = lock_version + 1 where id = :id and lock_version = :lock_version");
		for (String column : CaseTable.columnNames()) {
			assertThat(CaseTable.SELECT).contains(column);
		}
		assertThat(CaseTable.INSERT).doesNotContain(":id,").doesNotContain(":lock_version");
	}

	@Test
	@Transactional
	void aCaseWithEveryFieldSetIsReadBackAsInsertedAndAsSaved() throws Exception {
		long org1 = jdbc.queryForObject("select min(id) from organization", Long.class);
		long org2 = jdbc.queryForObject("select max(id) from organization", Long.class);
		long account = jdbc.queryForObject("select min(id) from account", Long.class);
		DivisionCode place = new DivisionCode(jdbc.queryForObject("select min(code) from division", String.class));

		CaseFile inserted = filled(1, place, org1, org2, account);
		long id = files.insertClue(inserted, account, OffsetDateTime.now());
		CaseFile read = files.find(id).orElseThrow();
		assertThat(read.id).isEqualTo(id);
		assertThat(read.lockVersion).isZero();
		assertThat(fields(read)).isEqualTo(fields(inserted));

		CaseFile changed = filled(2, place, org2, org1, account);
		changed.id = id;
		changed.lockVersion = read.lockVersion;
		files.save(changed);
		assertThat(changed.lockVersion).isEqualTo(1);
		CaseFile saved = files.find(id).orElseThrow();
		assertThat(saved.lockVersion).isEqualTo(1);
		Map<String, Object> expected = fields(changed);
		fields(inserted).forEach((name, value) -> {
			if (INSERTED_ONLY.contains(name)) {
				expected.put(name, value);
			}
		});
		assertThat(fields(saved)).isEqualTo(expected);
		// every updated field really changed between the two fillings, so the comparison above tests each of them
		fields(inserted).forEach((name, value) -> {
			if (!INSERTED_ONLY.contains(name)) {
				assertThat(fields(changed).get(name)).as(name).isNotEqualTo(value);
			}
		});

		changed.lockVersion = 0; // read before the save above: the save is refused
		assertThatThrownBy(() -> files.save(changed)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("changed concurrently");
	}

	@Test
	@Transactional
	void anOnTheSpotDecisionIsReadBackAsRecorded() {
		long org = jdbc.queryForObject("select min(id) from organization", Long.class);
		long account = jdbc.queryForObject("select min(id) from account", Long.class);
		DivisionCode place = new DivisionCode(jdbc.queryForObject("select min(code) from division", String.class));
		OnTheSpotCollection collection = new OnTheSpotCollection(OnTheSpotCollection.Ground.SMALL_FINE, "R-1", true);
		PenaltyCase decided = new PenaltyCase(0, PenaltyCase.Procedure.SIMPLE, CaseStage.DECIDED, "M-1", 3, place, org,
				org, cn.oneteam.catalog.EnforcementMode.values()[0], PartyKind.NATURAL_PERSON, "某甲", "事实",
				Set.of(PenaltyKind.FINE), new BigDecimal("50.00"), "F-CaseTableTests", LocalDate.of(2026, 9, 30),
				LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15), true, false, List.of(), collection);
		long id = repository.insert(decided, account, OffsetDateTime.now());
		PenaltyCase read = repository.find(id).orElseThrow();
		assertThat(read).usingRecursiveComparison().ignoringFields("id").isEqualTo(decided);
		assertThat(files.find(id)).isEmpty(); // the general procedure's loader does not take it
		assertThat(jdbc.queryForMap("select paid_amount, paid_on from penalty_case where id = ?", id))
			.containsEntry("paid_amount", new BigDecimal("50.00"))
			.containsEntry("paid_on", java.sql.Date.valueOf(LocalDate.of(2026, 9, 30)));
	}

	/** Every compared field of the case, by name. */
	private static Map<String, Object> fields(CaseFile c) {
		Map<String, Object> values = new LinkedHashMap<>();
		try {
			for (Field f : CaseFile.class.getDeclaredFields()) {
				if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
						&& !NOT_COMPARED.contains(f.getName())) {
					f.setAccessible(true);
					values.put(f.getName(), f.get(c));
				}
			}
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
		return values;
	}

	/**
	 * A general-procedure case with every field set to a value that differs from its default and between seeds; a
	 * field of a type not known here fails the test, to be given a value.
	 */
	private static CaseFile filled(int seed, DivisionCode place, long actingOrg, long nameOrg, long account)
			throws IllegalAccessException {
		CaseFile c = new CaseFile();
		int i = 0;
		for (Field f : CaseFile.class.getDeclaredFields()) {
			i++;
			if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
				|| NOT_COMPARED.contains(f.getName())) {
				continue;
			}
			f.setAccessible(true);
			Class<?> type = f.getType();
			Object value;
			if (type == String.class) {
				value = "v" + seed + "-" + i;
			}
			else if (type == int.class) {
				value = seed * 100 + i;
			}
			else if (type == long.class || type == Long.class) {
				value = (long) (seed * 100 + i);
			}
			else if (type == boolean.class) {
				value = seed % 2 == 1;
			}
			else if (type == LocalDate.class) {
				value = LocalDate.of(2026, seed, 1).plusDays(i);
			}
			else if (type == BigDecimal.class) {
				value = new BigDecimal(seed * 1000 + i + ".25");
			}
			else if (type.isEnum()) {
				Object[] constants = type.getEnumConstants();
				value = constants[(i + seed) % constants.length];
			}
			else if (type == Set.class) {
				Class<?> element = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
				PenaltyKind[] kinds = PenaltyKind.values();
				value = element == PenaltyKind.class ? Set.of(kinds[(i + seed) % kinds.length])
						: Set.of("c" + seed + "-" + i, "d" + i);
			}
			else if (type == OnTheSpotCollection.class) {
				value = new OnTheSpotCollection(OnTheSpotCollection.Ground.values()[seed], "receipt-" + seed, true);
			}
			else if (type == DivisionCode.class) {
				value = place;
			}
			else {
				throw new AssertionError("no test value for CaseFile." + f.getName() + " of " + type);
			}
			f.set(c, value);
		}
		c.procedure = PenaltyCase.Procedure.GENERAL;
		c.actingOrgId = actingOrg;
		c.nameOrgId = nameOrg;
		c.handlerAccountId = account;
		c.partyCapacity = seed == 1 ? MentalCapacity.LOST : MentalCapacity.DIMINISHED;
		return c;
	}
}
