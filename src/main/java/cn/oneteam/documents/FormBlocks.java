package cn.oneteam.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预编号当场处罚决定书 (处罚法 §52 "编有号码"; docs/legal/records.md#document-numbers): a body issues its officers blocks of pre-numbered
 * forms — a series printed before the serial and a range of serials, never overlapping another block of the series.
 * Once a body has issued blocks, an on-the-spot decision must carry a number of a block held by one of its deciding
 * officers, not used before and not voided; a spoiled form is voided with the reason. Every number is used or voided
 * at most once.
 */
@Service
public class FormBlocks {

	private final JdbcClient jdbc;

	private final Officers officers;

	private final Clock clock;

	FormBlocks(JdbcClient jdbc, Officers officers, Clock clock) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.clock = clock;
	}

	/** A block as issued, with how many of its numbers were used and voided. */
	public record Block(long id, String series, int firstNumber, int lastNumber, long holderPersonId, String holderName,
			OffsetDateTime issuedAt, int used, int voided) {

		@JsonProperty
		public int remaining() {
			return lastNumber - firstNumber + 1 - used - voided;
		}

		@JsonProperty
		public String first() {
			return series + firstNumber;
		}

		@JsonProperty
		public String last() {
			return series + lastNumber;
		}
	}

	/** A number of a block used by a decision or voided. */
	public record NumberUse(long blockId, String number, String state, @Nullable Long caseId, @Nullable String reason,
			OffsetDateTime recordedAt) {
	}

	/** Issues a block of the caller's body to one of its officers in post. */
	@Transactional
	@PreAuthorize("hasAuthority('case:approve')")
	public Block issue(String series, int first, int last, long holderPersonId, ScopedPrincipal caller) {
		String trimmed = series.trim();
		if (trimmed.isEmpty() || Character.isDigit(trimmed.charAt(trimmed.length() - 1))) {
			throw new DocumentViolation(RuleViolation.BAD_REQUEST, "document.form-series-invalid", series);
		}
		if (first < 1 || last < first || last - first >= 10_000) {
			throw new DocumentViolation(RuleViolation.BAD_REQUEST, "document.form-range-invalid", first, last);
		}
		long org = caller.organizationId();
		boolean holderInPost = officers.people(new OrganizationId(org), caller.jurisdiction()).stream()
			.anyMatch(p -> p.id().equals(new PersonId(holderPersonId)) && p.category() == PersonCategory.ESTABLISHMENT
					&& p.inPostOn(ChinaTime.local(OffsetDateTime.now(clock)).toLocalDate()));
		if (!holderInPost) {
			throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.form-holder-not-officer", holderPersonId);
		}
		jdbc.sql("select id from organization where id = ? for update").param(org).query(Long.class).single();
		long overlapping = jdbc.sql("""
				select count(*) from form_block where organization_id = ? and series = ?
				  and first_number <= ? and last_number >= ?""")
			.params(org, trimmed, last, first)
			.query(Long.class)
			.single();
		if (overlapping > 0) {
			throw new DocumentViolation(RuleViolation.CONFLICT, "document.form-block-overlap", trimmed + first,
					trimmed + last);
		}
		long id = jdbc.sql("""
				insert into form_block (organization_id, series, first_number, last_number, holder_person_id, issued_by,
				  issued_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(org, trimmed, first, last, holderPersonId, caller.accountId(), OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		return blocks(org).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
	}

	/** The blocks of a body, newest first. */
	@Transactional(readOnly = true)
	public List<Block> blocks(long organizationId) {
		return jdbc.sql("""
				select b.*, p.name as holder_name,
				  (select count(*) from form_number n where n.block_id = b.id and n.state = 'USED') as used,
				  (select count(*) from form_number n where n.block_id = b.id and n.state = 'VOIDED') as voided
				from form_block b join person p on p.id = b.holder_person_id
				where b.organization_id = ? order by b.id desc""")
			.param(organizationId)
			.query((rs, n) -> new Block(rs.getLong("id"), rs.getString("series"), rs.getInt("first_number"),
					rs.getInt("last_number"), rs.getLong("holder_person_id"), rs.getString("holder_name"),
					rs.getObject("issued_at", OffsetDateTime.class), rs.getInt("used"), rs.getInt("voided")))
			.list();
	}

	/** The numbers of a block of the body used or voided, in order. */
	@Transactional(readOnly = true)
	public List<NumberUse> uses(long organizationId, long blockId) {
		Block block = block(organizationId, blockId);
		return jdbc.sql("select * from form_number where block_id = ? order by number")
			.param(blockId)
			.query((rs, n) -> {
				long caseId = rs.getLong("case_id");
				return new NumberUse(blockId, block.series() + rs.getInt("number"), rs.getString("state"),
						rs.wasNull() ? null : caseId, rs.getString("reason"),
						rs.getObject("recorded_at", OffsetDateTime.class));
			})
			.list();
	}

	/**
	 * Takes the form number for an on-the-spot decision of the body, in the deciding transaction: where the body tracks
	 * its forms, the number must lie in a block held by one of the deciding officers and be neither used nor voided.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void use(long organizationId, String number, Collection<Long> decidingPersonIds, long caseId, long by) {
		if (!tracks(organizationId)) {
			return;
		}
		Slot slot = slot(organizationId, number)
			.orElseThrow(() -> new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.form-number-not-issued", number));
		if (!decidingPersonIds.contains(slot.holder())) {
			throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.form-number-not-held", number);
		}
		record(slot, "USED", caseId, null, by, number);
	}

	/** Voids a spoiled form of the caller's body, with the reason; the number is never used. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public NumberUse voidNumber(String number, String reason, ScopedPrincipal caller) {
		Slot slot = slot(caller.organizationId(), number.trim())
			.orElseThrow(() -> new DocumentViolation(RuleViolation.NOT_FOUND, "document.form-number-not-issued", number));
		record(slot, "VOIDED", null, reason.trim(), caller.accountId(), number.trim());
		return uses(caller.organizationId(), slot.blockId()).stream().filter(u -> u.number().equals(number.trim()))
			.findFirst().orElseThrow();
	}

	/** Whether the body issued any blocks: then every on-the-spot decision of it takes a number from one. */
	public boolean tracks(long organizationId) {
		return jdbc.sql("select exists (select 1 from form_block where organization_id = ?)").param(organizationId)
			.query(Boolean.class).single();
	}

	private record Slot(long blockId, int number, long holder) {
	}

	/** The block of the body whose series and range hold the number, locked while the number is taken. */
	private Optional<Slot> slot(long organizationId, String number) {
		return jdbc.sql("""
				select id, holder_person_id, substr(?, length(series) + 1) as serial from form_block
				where organization_id = ? and starts_with(?, series) and substr(?, length(series) + 1) ~ '^[1-9][0-9]{0,8}$'
				  and substr(?, length(series) + 1)::integer between first_number and last_number
				for update""")
			.params(number, organizationId, number, number, number)
			.query((rs, n) -> new Slot(rs.getLong("id"), Integer.parseInt(rs.getString("serial")),
					rs.getLong("holder_person_id")))
			.optional();
	}

	private void record(Slot slot, String state, @Nullable Long caseId, @Nullable String reason, long by, String number) {
		int inserted = jdbc.sql("""
				insert into form_number (block_id, number, state, case_id, reason, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(slot.blockId(), slot.number(), state, caseId, reason, by, OffsetDateTime.now(clock))
			.update();
		if (inserted == 0) {
			throw new DocumentViolation(RuleViolation.CONFLICT, "document.form-number-taken", number);
		}
	}

	private Block block(long organizationId, long blockId) {
		return blocks(organizationId).stream().filter(b -> b.id() == blockId).findFirst()
			.orElseThrow(() -> new DocumentViolation(RuleViolation.NOT_FOUND, "document.form-block-unknown", blockId));
	}
}
