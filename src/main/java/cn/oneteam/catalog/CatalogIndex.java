package cn.oneteam.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import cn.oneteam.catalog.internal.ResponsibilityIndex;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.ReferenceDataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this instance's {@link ResponsibilityIndex} current (docs/adr/0054-responsibility-index.md). The snapshot is
 * swapped through a volatile reference; readers never wait. It is reloaded in full when the listening connection was
 * (re)opened or an organisation changed, and patched matter by matter otherwise: after this instance's own commit,
 * before the writing request returns (read your writes), and on the notifications of every instance's commits. A
 * burst naming more than {@link #PATCH_LIMIT} matters reloads in full.
 */
@Component
class CatalogIndex {

	static final int PATCH_LIMIT = 200;

	private static final String PREFIX = "matter:";

	private final CatalogRepository catalog;

	private final Organizations organizations;

	private volatile @Nullable ResponsibilityIndex current;

	private final AtomicInteger rebuilds = new AtomicInteger();

	private final AtomicInteger patches = new AtomicInteger();

	CatalogIndex(CatalogRepository catalog, Organizations organizations) {
		this.catalog = catalog;
		this.organizations = organizations;
	}

	/** The current snapshot, loaded on first use. */
	ResponsibilityIndex get() {
		ResponsibilityIndex index = current;
		return index != null ? index : first();
	}

	private synchronized ResponsibilityIndex first() {
		ResponsibilityIndex index = current;
		return index != null ? index : rebuild();
	}

	/** Full reloads so far (for tests). */
	int rebuilds() {
		return rebuilds.get();
	}

	/** Patches so far (for tests). */
	int patches() {
		return patches.get();
	}

	synchronized ResponsibilityIndex rebuild() {
		List<Matter> matters = catalog.allMatters();
		List<Empowerment> empowerments = catalog.empowermentsOf(null);
		List<Boundary> boundaries = catalog.boundariesOf(null);
		ResponsibilityIndex index = ResponsibilityIndex.of(matters, empowerments, boundaries,
				named(empowerments, boundaries));
		current = index;
		rebuilds.incrementAndGet();
		return index;
	}

	/** Reloads these matters with their entries and boundaries (a matter no longer there is dropped). */
	synchronized void patch(Set<Long> matterIds) {
		ResponsibilityIndex index = current;
		if (index == null) {
			return; // the first use loads everything
		}
		List<Empowerment> empowerments = catalog.empowermentsOf(matterIds);
		List<Boundary> boundaries = catalog.boundariesOf(matterIds);
		current = index.with(matterIds, catalog.matters(matterIds), empowerments, boundaries,
				named(empowerments, boundaries));
		patches.incrementAndGet();
	}

	private List<Organization> named(Collection<Empowerment> empowerments, Collection<Boundary> boundaries) {
		Set<OrganizationId> ids = new HashSet<>();
		empowerments.forEach(e -> Stream.of(e.actingOrgId(), e.nameOrgId()).map(OrganizationId::new).forEach(ids::add));
		boundaries.forEach(b -> ids.add(new OrganizationId(b.enforcingOrgId())));
		return organizations.findAll(ids);
	}

	/**
	 * The matter changes in the current transaction: after it commits, this instance patches the matter before the
	 * caller sees the answer (once per transaction, for every matter it changed); without a transaction, at once.
	 */
	void changed(long matterId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			patch(Set.of(matterId));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<Long> ids = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, ids);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CatalogIndex.this);
					if (status == STATUS_COMMITTED && ids.size() > PATCH_LIMIT) {
						rebuild();
					}
					else if (status == STATUS_COMMITTED) {
						patch(ids);
					}
				}
			});
			pending = ids;
		}
		pending.add(matterId);
	}

	/** Another instance's commit, or this one's (already patched, cheap again), or a reconnection. */
	@EventListener
	void on(ReferenceDataChanged changed) {
		Set<Long> matterIds = new HashSet<>();
		changed.notices().stream().filter(n -> n.startsWith(PREFIX))
			.forEach(n -> matterIds.add(Long.valueOf(n.substring(PREFIX.length()))));
		if (changed.touches("organization") || matterIds.size() > PATCH_LIMIT) {
			rebuild();
		}
		else if (!matterIds.isEmpty()) {
			patch(matterIds);
		}
	}
}
