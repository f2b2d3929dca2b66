package cn.oneteam.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文书模板 as data (市监 §86: the national formats, adapted by provinces): per document type the national default, a
 * province's and a body's own, each save a new version; a body's documents use its own latest version, else its
 * province's, else the national one. The national defaults of the release are installed at start, as a new version
 * where the release changed them. A template names only the fields its type offers (422 otherwise); a change never
 * touches an issued document, which keeps its bytes and the version it was rendered from.
 */
@Service
public class DocumentTemplates implements SmartInitializingSingleton {

	/** How widely a template applies. */
	public enum Scope {
		NATIONAL, PROVINCE, BODY
	}

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Clock clock;

	private final ActionFacts actionFacts;

	DocumentTemplates(JdbcClient jdbc, Organizations organizations, Clock clock, ActionFacts actionFacts) {
		this.actionFacts = actionFacts;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** The fields a template of the type may name: every case document's, its action's facts, its inputs. */
	public Set<String> fields(DocumentType type) {
		return DocumentFields.offeredBy(type, actionFacts.of(type));
	}

	/** Installs the release's national defaults, each checked against its type's fields, as a new version if changed. */
	@Override
	public void afterSingletonsInstantiated() {
		for (DocumentType type : DocumentType.values()) {
			String layout = DefaultTemplates.layout(type).validFor(type, fields(type)).json();
			String current = jdbc.sql("""
					select layout from document_template where doc_type = ? and scope = 'NATIONAL' and origin = 'DEFAULT'
					order by version desc limit 1""")
				.param(type.name())
				.query(String.class)
				.optional()
				.orElse(null);
			if (!layout.equals(current)) {
				jdbc.sql("""
						insert into document_template (doc_type, scope, scope_key, version, layout, origin, note, created_at)
						select ?, 'NATIONAL', '', coalesce(max(version), 0) + 1, ?, 'DEFAULT', 'release default', ?
						from document_template where doc_type = ? and scope = 'NATIONAL'
						on conflict do nothing""")
					.params(type.name(), layout, OffsetDateTime.now(clock), type.name())
					.update();
			}
		}
	}

	/** The template a body's document of the type is rendered from: its own, else its province's, else national. */
	@Transactional(readOnly = true)
	public Template resolve(long organizationId, DocumentType type) {
		String province = province(organizationId);
		return jdbc.sql("""
				select * from document_template where doc_type = ?
				  and (scope = 'NATIONAL' or (scope = 'PROVINCE' and scope_key = ?) or (scope = 'BODY' and scope_key = ?))
				order by case scope when 'BODY' then 0 when 'PROVINCE' then 1 else 2 end, version desc limit 1""")
			.params(type.name(), province, String.valueOf(organizationId))
			.query(DocumentTemplates::template)
			.single();
	}

	/**
	 * Saves the layout as the next version of the type's template in the scope, by a head or an administrator: a body's
	 * by its own or one whose jurisdiction holds the body, a province's by one whose jurisdiction covers the province,
	 * the national one by a nationwide one. 422 when it does not parse or names a field the type does not offer.
	 */
	@Transactional
	@PreAuthorize("hasRole('BUREAU_HEAD') or hasAuthority('organization:register')")
	public Template save(DocumentType type, Scope scope, String key, String layoutJson, @Nullable String note,
			ScopedPrincipal caller) {
		String scopeKey = scopeKey(scope, key);
		requireMayEdit(scope, scopeKey, caller);
		String layout = DocumentLayout.parse(layoutJson).validFor(type, fields(type)).json();
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(7_200_001, (type.name() + scope + scopeKey).hashCode())
			.query(Object.class).single();
		long id = jdbc.sql("""
				insert into document_template (doc_type, scope, scope_key, version, layout, origin, note, created_at,
				  created_by)
				select ?, ?, ?, coalesce(max(version), 0) + 1, ?, 'ADMIN', ?, ?, ? from document_template
				where doc_type = ? and scope = ? and scope_key = ? returning id""")
			.params(type.name(), scope.name(), scopeKey, layout, note == null || note.isBlank() ? null : note.trim(),
					OffsetDateTime.now(clock), caller.accountId(), type.name(), scope.name(), scopeKey)
			.query(Long.class)
			.single();
		return find(id);
	}

	/** The versions of the type's template in the scope, newest first. */
	@Transactional(readOnly = true)
	public List<Template> versions(DocumentType type, Scope scope, String key) {
		return jdbc.sql("""
				select * from document_template where doc_type = ? and scope = ? and scope_key = ?
				order by version desc""")
			.params(type.name(), scope.name(), scopeKey(scope, key))
			.query(DocumentTemplates::template)
			.list();
	}

	/** The template in force for each type for the caller's body, with the scope it comes from. */
	@Transactional(readOnly = true)
	public List<Template> inForce(long organizationId) {
		return java.util.Arrays.stream(DocumentType.values()).map(t -> resolve(organizationId, t)).toList();
	}

	@Transactional(readOnly = true)
	public Template find(long id) {
		return jdbc.sql("select * from document_template where id = ?")
			.param(id)
			.query(DocumentTemplates::template)
			.optional()
			.orElseThrow(() -> new DocumentViolation(RuleViolation.NOT_FOUND, "document.template-unknown", id));
	}

	/** The province (two-digit division code) a body is seated in. */
	public String province(long organizationId) {
		return organizations.find(new OrganizationId(organizationId))
			.map(o -> o.seat().value().substring(0, 2))
			.orElse("");
	}

	private static String scopeKey(Scope scope, String key) {
		String k = key == null ? "" : key.trim();
		return switch (scope) {
			case NATIONAL -> "";
			case PROVINCE -> DivisionCode.of(k).value().substring(0, 2);
			case BODY -> {
				try {
					yield String.valueOf(Long.parseLong(k));
				}
				catch (NumberFormatException e) {
					throw new DocumentViolation(RuleViolation.BAD_REQUEST, "document.template-scope-invalid", k);
				}
			}
		};
	}

	private void requireMayEdit(Scope scope, String key, ScopedPrincipal caller) {
		boolean allowed = switch (scope) {
			case NATIONAL -> caller.jurisdiction().isNationwide();
			case PROVINCE -> caller.jurisdiction().covers(DivisionCode.of(key));
			case BODY -> caller.organizationId() == Long.parseLong(key) || organizations
				.find(new OrganizationId(Long.parseLong(key)))
				.map(o -> o.isWithin(caller.jurisdiction()))
				.orElse(false);
		};
		if (!allowed) {
			throw new DocumentViolation(RuleViolation.FORBIDDEN, "document.template-not-yours", scope.name(), key);
		}
	}

	private static Template template(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Template(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")),
				Scope.valueOf(rs.getString("scope")), rs.getString("scope_key"), rs.getInt("version"),
				rs.getString("layout"), rs.getString("origin"), rs.getString("note"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	/** One version of a template. */
	public record Template(long id, DocumentType type, Scope scope, String scopeKey, int version, String layoutJson,
			String origin, @Nullable String note, OffsetDateTime createdAt) {

		public DocumentLayout layout() {
			return DocumentLayout.parse(layoutJson);
		}
	}
}
