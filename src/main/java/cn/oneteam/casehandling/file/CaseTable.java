package cn.oneteam.casehandling.file;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.casehandling.MentalCapacity;
import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.PartyKind;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.oneteam.casehandling.PenaltyCase.Procedure;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping of {@code penalty_case} onto {@link CaseFile}: each column once, with how it is read and written,
 * and whether an update writes it. The select, insert and update statements are generated from this table; a column
 * of the table that is neither here nor in {@link #NOT_IN_THE_MODEL} fails {@code CaseTableTests}.
 */
final class CaseTable {

	/** When a column is written. */
	enum Written {
		/** On insert and on every update. */
		ALWAYS,
		/** On insert only: what the case was opened or decided on the spot with. */
		ON_INSERT,
		/** Never by the mapping: the identity and the optimistic lock, kept by the statements themselves. */
		NEVER
	}

	/** A column: its name, how a row's value is set on the case, how the case's value is bound, and when written. */
	record Column(String name, Reader read, Function<CaseFile, @Nullable Object> write, Written written) {

		Column once() {
			return new Column(name, read, write, Written.ON_INSERT);
		}

		Column generated() {
			return new Column(name, read, write, Written.NEVER);
		}
	}

	@FunctionalInterface
	interface Reader {

		void read(CaseFile c, ResultSet rs) throws SQLException;
	}

	/** How a value of type T is read from its column and bound as a parameter. */
	private record Type<T>(Getter<T> get, Function<T, Object> bind) {
	}

	@FunctionalInterface
	private interface Getter<T> {

		@Nullable T get(ResultSet rs, String column) throws SQLException;
	}

	private static final Type<String> TEXT = new Type<>(ResultSet::getString, v -> v);

	private static final Type<Integer> INT = new Type<>(ResultSet::getInt, v -> v);

	private static final Type<Long> ID = new Type<>(ResultSet::getLong, v -> v);

	private static final Type<Long> NULLABLE_ID = new Type<>((rs, n) -> rs.getObject(n, Long.class), v -> v);

	private static final Type<Boolean> FLAG = new Type<>(ResultSet::getBoolean, v -> v);

	private static final Type<LocalDate> DATE = new Type<>((rs, n) -> rs.getObject(n, LocalDate.class), v -> v);

	private static final Type<BigDecimal> MONEY = new Type<>(ResultSet::getBigDecimal, v -> v);

	private static final Type<DivisionCode> DIVISION = new Type<>((rs, n) -> new DivisionCode(rs.getString(n)),
			DivisionCode::value);

	private static final Type<Set<PenaltyKind>> KINDS = new Type<>(CaseTable::kinds,
			v -> v.stream().map(Enum::name).sorted().toArray(String[]::new));

	private static final Type<Set<String>> STRINGS = new Type<>(
			(rs, n) -> Set.of((String[]) rs.getArray(n).getArray()), v -> new TreeSet<>(v).toArray(String[]::new));

	private static <E extends Enum<E>> Type<E> named(Class<E> type) {
		return new Type<>((rs, n) -> {
			String name = rs.getString(n);
			return name == null ? null : Enum.valueOf(type, name);
		}, Enum::name);
	}

	private static <T> Column column(String name, Type<T> type, Function<CaseFile, @Nullable T> get,
			BiConsumer<CaseFile, T> set) {
		return new Column(name, (c, rs) -> set.accept(c, type.get().get(rs, name)), c -> {
			T value = get.apply(c);
			return value == null ? null : type.bind().apply(value);
		}, Written.ALWAYS);
	}

	/** Read together with {@code collection_ground}. */
	private static final Reader WITH_GROUND = (c, rs) -> {
	};

	static final List<Column> COLUMNS = List.of(
			column("id", ID, c -> c.id, (c, v) -> c.id = v).generated(),
			column("procedure", named(Procedure.class), c -> c.procedure, (c, v) -> c.procedure = v).once(),
			column("stage", named(CaseStage.class), c -> c.stage, (c, v) -> c.stage = v),
			column("matter_code", TEXT, c -> c.matterCode, (c, v) -> c.matterCode = v).once(),
			column("matter_version", INT, c -> c.matterVersion, (c, v) -> c.matterVersion = v),
			column("place_code", DIVISION, c -> c.place, (c, v) -> c.place = v).once(),
			column("acting_org_id", ID, c -> c.actingOrgId, (c, v) -> c.actingOrgId = v),
			column("name_org_id", ID, c -> c.nameOrgId, (c, v) -> c.nameOrgId = v),
			column("enforcement_mode", named(EnforcementMode.class), c -> c.mode, (c, v) -> c.mode = v),
			column("party_type", named(PartyKind.class), c -> c.partyKind, (c, v) -> c.partyKind = v).once(),
			column("party_name", TEXT, c -> c.partyName, (c, v) -> c.partyName = v).once(),
			column("subject_id", NULLABLE_ID, c -> c.subjectId, (c, v) -> c.subjectId = v),
			column("party_code", TEXT, c -> c.partyCode, (c, v) -> c.partyCode = v),
			column("party_address", TEXT, c -> c.partyAddress, (c, v) -> c.partyAddress = v),
			column("party_representative", TEXT, c -> c.partyRepresentative, (c, v) -> c.partyRepresentative = v),
			column("facts", TEXT, c -> c.facts, (c, v) -> c.facts = v).once(),
			column("source", named(ClueSource.class), c -> c.source, (c, v) -> c.source = v).once(),
			column("discovered_on", DATE, c -> c.discoveredOn, (c, v) -> c.discoveredOn = v).once(),
			column("act_on", DATE, c -> c.actOn, (c, v) -> c.actOn = v),
			column("act_ended_on", DATE, c -> c.actEndedOn, (c, v) -> c.actEndedOn = v),
			column("life_health_harm", FLAG, c -> c.lifeHealthHarm, (c, v) -> c.lifeHealthHarm = v),
			column("party_birth_date", DATE, c -> c.partyBirthDate, (c, v) -> c.partyBirthDate = v),
			column("party_capacity", named(MentalCapacity.class), c -> c.partyCapacity, (c, v) -> c.partyCapacity = v),
			column("filed_on", DATE, c -> c.filedOn, (c, v) -> c.filedOn = v),
			column("handler_account_id", NULLABLE_ID, c -> c.handlerAccountId, (c, v) -> c.handlerAccountId = v).once(),
			column("outcome", named(CaseOutcome.class), c -> c.outcome, (c, v) -> c.outcome = v),
			column("proposed_kinds", KINDS, c -> c.proposedKinds, (c, v) -> c.proposedKinds = v),
			column("proposed_fine", MONEY, c -> c.proposedFine, (c, v) -> c.proposedFine = v),
			column("confiscated_value", MONEY, c -> c.confiscatedValue, (c, v) -> c.confiscatedValue = v),
			column("base_amount", MONEY, c -> c.baseAmount, (c, v) -> c.baseAmount = v),
			column("tier", named(DiscretionTier.class), c -> c.tier, (c, v) -> c.tier = v),
			column("circumstances", STRINGS, c -> c.circumstances, (c, v) -> c.circumstances = v),
			column("mitigation_reason", TEXT, c -> c.mitigationReason, (c, v) -> c.mitigationReason = v),
			column("complex_or_major", FLAG, c -> c.complexOrMajor, (c, v) -> c.complexOrMajor = v),
			column("major_public_interest", FLAG, c -> c.majorPublicInterest, (c, v) -> c.majorPublicInterest = v),
			column("major_rights", FLAG, c -> c.majorRights, (c, v) -> c.majorRights = v),
			column("multiple_relations", FLAG, c -> c.multipleRelations, (c, v) -> c.multipleRelations = v),
			column("review_by_law", FLAG, c -> c.reviewByLaw, (c, v) -> c.reviewByLaw = v),
			column("legal_review_passed", FLAG, c -> c.legalReviewPassed, (c, v) -> c.legalReviewPassed = v),
			column("case_review_passed", FLAG, c -> c.caseReviewPassed, (c, v) -> c.caseReviewPassed = v),
			column("notice_served_on", DATE, c -> c.noticeServedOn, (c, v) -> c.noticeServedOn = v),
			column("notified_kinds", KINDS, c -> c.notifiedKinds, (c, v) -> c.notifiedKinds = v),
			column("notified_fine", MONEY, c -> c.notifiedFine, (c, v) -> c.notifiedFine = v),
			column("hearing_notified", FLAG, c -> c.hearingNotified, (c, v) -> c.hearingNotified = v),
			column("party_responded", FLAG, c -> c.partyResponded, (c, v) -> c.partyResponded = v),
			column("party_waived", FLAG, c -> c.partyWaived, (c, v) -> c.partyWaived = v),
			column("hearing_requested", FLAG, c -> c.hearingRequested, (c, v) -> c.hearingRequested = v),
			column("hearing_on", DATE, c -> c.hearingOn, (c, v) -> c.hearingOn = v),
			column("hearing_held", FLAG, c -> c.hearingHeld, (c, v) -> c.hearingHeld = v),
			column("collective_on", DATE, c -> c.collectiveOn, (c, v) -> c.collectiveOn = v),
			column("penalty_kinds", KINDS, c -> c.decidedKinds, (c, v) -> c.decidedKinds = v),
			column("fine", MONEY, c -> c.decidedFine, (c, v) -> c.decidedFine = v),
			column("decided_on", DATE, c -> c.decidedOn, (c, v) -> c.decidedOn = v),
			column("decision_number", TEXT, c -> c.decisionNumber, (c, v) -> c.decisionNumber = v),
			column("statement_adoption", TEXT, c -> c.statementAdoption, (c, v) -> c.statementAdoption = v),
			column("served_on", DATE, c -> c.servedOn, (c, v) -> c.servedOn = v),
			column("service_method", TEXT, c -> c.serviceMethod, (c, v) -> c.serviceMethod = v),
			column("payment_due", DATE, c -> c.paymentDue, (c, v) -> c.paymentDue = v),
			column("paid_amount", MONEY, c -> c.paidAmount, (c, v) -> c.paidAmount = v),
			column("paid_on", DATE, c -> c.paidOn, (c, v) -> c.paidOn = v),
			column("closed_on", DATE, c -> c.closedOn, (c, v) -> c.closedOn = v),
			column("suspended_from_stage", named(CaseStage.class), c -> c.suspendedFromStage,
					(c, v) -> c.suspendedFromStage = v),
			column("payment_reference", TEXT, c -> c.paymentReference, (c, v) -> c.paymentReference = v),
			column("surcharge_relief", MONEY, c -> c.surchargeRelief, (c, v) -> c.surchargeRelief = v),
			column("surcharge_paid", MONEY, c -> c.surchargePaid, (c, v) -> c.surchargePaid = v),
			column("demand_served_on", DATE, c -> c.demandServedOn, (c, v) -> c.demandServedOn = v),
			column("demand_perform_by", DATE, c -> c.demandPerformBy, (c, v) -> c.demandPerformBy = v),
			column("court_applied_on", DATE, c -> c.courtAppliedOn, (c, v) -> c.courtAppliedOn = v),
			column("enforcement_suspended_on", DATE, c -> c.enforcementSuspendedOn,
					(c, v) -> c.enforcementSuspendedOn = v),
			// the on-the-spot decision's own (简易程序); its deadlines are counted again by Clocks when a year is loaded
			column("form_number", TEXT, c -> c.formNumber, (c, v) -> c.formNumber = v).once(),
			column("archive_due", DATE, c -> c.archiveDue, (c, v) -> c.archiveDue = v).once(),
			column("archive_due_provisional", FLAG, c -> c.archiveDueProvisional, (c, v) -> c.archiveDueProvisional = v)
				.once(),
			column("payment_due_provisional", FLAG, c -> c.paymentDueProvisional, (c, v) -> c.paymentDueProvisional = v)
				.once(),
			new Column("collection_ground", (c, rs) -> c.collection = collection(rs),
					c -> c.collection == null ? null : c.collection.ground().name(), Written.ON_INSERT),
			new Column("finance_receipt", WITH_GROUND,
					c -> c.collection == null ? null : c.collection.financeReceipt().trim(), Written.ON_INSERT),
			new Column("collection_requested", WITH_GROUND, c -> c.collection != null && c.collection.requested(),
					Written.ON_INSERT),
			column("lock_version", ID, c -> c.lockVersion, (c, v) -> c.lockVersion = v).generated());

	/**
	 * Columns of {@code penalty_case} that are deliberately not in the case: who recorded it and when (written on
	 * insert from the caller), and the first legal reviewer (kept by {@code ReviewSteps} for its own count).
	 */
	static final Set<String> NOT_IN_THE_MODEL = Set.of("recorded_by", "recorded_at", "legal_reviewer_id");

	/** {@code select <every column> from penalty_case c}; append the where clause. */
	static final String SELECT = "select " + names(COLUMNS) + " from penalty_case c ";

	private static final List<Column> INSERTED = COLUMNS.stream().filter(c -> c.written() != Written.NEVER).toList();

	private static final List<Column> UPDATED = COLUMNS.stream().filter(c -> c.written() == Written.ALWAYS).toList();

	static final String INSERT = "insert into penalty_case (" + names(INSERTED) + ", recorded_by, recorded_at) values ("
			+ INSERTED.stream().map(c -> ":" + c.name()).collect(Collectors.joining(", "))
			+ ", :recorded_by, :recorded_at) returning id";

	static final String UPDATE = "update penalty_case set "
			+ UPDATED.stream().map(c -> c.name() + " = :" + c.name()).collect(Collectors.joining(", "))
			+ ", lock_version = lock_version + 1 where id = :id and lock_version = :lock_version";

	private CaseTable() {
	}

	/** A case read from a row of {@link #SELECT}, without its officers. */
	static CaseFile read(ResultSet rs, int row) throws SQLException {
		CaseFile c = new CaseFile();
		for (Column column : COLUMNS) {
			column.read().read(c, rs);
		}
		return c;
	}

	/** The parameters of {@link #INSERT}. */
	static Map<String, @Nullable Object> insertParams(CaseFile c, long recordedBy, OffsetDateTime at) {
		Map<String, @Nullable Object> params = params(c, INSERTED);
		params.put("recorded_by", recordedBy);
		params.put("recorded_at", at);
		return params;
	}

	/** The parameters of {@link #UPDATE}. */
	static Map<String, @Nullable Object> updateParams(CaseFile c) {
		Map<String, @Nullable Object> params = params(c, UPDATED);
		params.put("id", c.id);
		params.put("lock_version", c.lockVersion);
		return params;
	}

	/** Every column's name, in the mapping's order. */
	static List<String> columnNames() {
		return COLUMNS.stream().map(Column::name).toList();
	}

	private static Map<String, @Nullable Object> params(CaseFile c, List<Column> columns) {
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		columns.forEach(column -> params.put(column.name(), column.write().apply(c)));
		return params;
	}

	private static String names(List<Column> columns) {
		return columns.stream().map(Column::name).collect(Collectors.joining(", "));
	}

	private static Set<PenaltyKind> kinds(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
		Arrays.stream((String[]) array.getArray()).map(PenaltyKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	private static @Nullable OnTheSpotCollection collection(ResultSet rs) throws SQLException {
		String ground = rs.getString("collection_ground");
		return ground == null ? null : new OnTheSpotCollection(OnTheSpotCollection.Ground.valueOf(ground),
				rs.getString("finance_receipt"), rs.getBoolean("collection_requested"));
	}
}
