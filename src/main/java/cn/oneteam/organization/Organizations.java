package cn.oneteam.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 机构管理: organisations as seen from a jurisdiction, and their registration. */
@Service
public class Organizations {

	private final OrganizationRepository organizations;

	private final Regions regions;

	private final Clock clock;

	Organizations(OrganizationRepository organizations, Regions regions, Clock clock) {
		this.organizations = organizations;
		this.regions = regions;
		this.clock = clock;
	}

	/** Every organisation visible in the scope (its territory overlaps the scope). */
	@Transactional(readOnly = true)
	public List<Organization> visibleIn(JurisdictionScope scope) {
		return organizations.visibleIn(scope);
	}

	/** One organisation, if it is visible in the scope: 404 when unknown, 403 when outside the jurisdiction. */
	@Transactional(readOnly = true)
	public Organization require(OrganizationId id, JurisdictionScope scope) {
		Organization organization = organizations.find(id.value())
			.orElseThrow(() -> new OrganizationViolation(OrganizationViolation.NOT_FOUND,
					"organization.unknown", id.value()));
		if (!organization.isVisibleIn(scope)) {
			throw new OrganizationViolation(OrganizationViolation.FORBIDDEN, "organization.outside-jurisdiction",
					organization.code());
		}
		return organization;
	}

	/**
	 * An organisation seated inside the jurisdiction, whose people and records the user may read and change (403
	 * otherwise, 404 when unknown). A superior body is visible but not within.
	 */
	@Transactional(readOnly = true)
	public Organization requireWithin(OrganizationId id, JurisdictionScope scope) {
		Organization organization = require(id, scope);
		if (!organization.isWithin(scope)) {
			throw new OrganizationViolation(OrganizationViolation.FORBIDDEN, "organization.outside-jurisdiction",
					organization.code());
		}
		return organization;
	}

	/** Any organisation by id, for building a signed-in user's identity; never for showing to a user. */
	@Transactional(readOnly = true)
	public Optional<Organization> find(OrganizationId id) {
		return organizations.find(id.value());
	}

	/**
	 * The organisations of these ids that exist, in no order, to name the bodies of figures already limited to the
	 * caller's jurisdiction (the dashboards, docs/adr/0050-dashboards-and-projections.md).
	 */
	@Transactional(readOnly = true)
	public List<Organization> findAll(Collection<OrganizationId> ids) {
		return organizations.findAll(ids.stream().map(OrganizationId::value).toList());
	}

	@Transactional(readOnly = true)
	public Optional<Organization> findByCode(String code) {
		return organizations.findByCode(code);
	}

	/**
	 * Registers an organisation. Its seat and territory must be known divisions inside the registrar's jurisdiction;
	 * its code must be new.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('organization:register')")
	public Organization register(NewOrganization organization, JurisdictionScope registrar) {
		regions.require(organization.seat());
		if (!registrar.covers(organization.seat())) {
			throw new OrganizationViolation(OrganizationViolation.FORBIDDEN, "organization.territory-outside-jurisdiction",
					organization.seat());
		}
		for (DivisionCode division : organization.territory()) {
			regions.require(division);
			if (!registrar.covers(division)) {
				throw new OrganizationViolation(OrganizationViolation.FORBIDDEN, "organization.territory-outside-jurisdiction",
						division);
			}
		}
		if (organizations.findByCode(organization.code()).isPresent()) {
			throw new OrganizationViolation(OrganizationViolation.CONFLICT, "organization.code-taken", organization.code());
		}
		if (organization.parentId() != null) {
			require(organization.parentId(), registrar);
		}
		long id = organizations.insert(organization, OffsetDateTime.now(clock));
		return organizations.find(id).orElseThrow();
	}
}
