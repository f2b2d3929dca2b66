package cn.oneteam.identity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.oneteam.audit.RecordPartitions;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import org.springframework.stereotype.Component;

/**
 * The record's chain of an account: the province its organisation's territory lies in, {@link RecordPartitions#NATIONAL}
 * for the platform operator's staff, territories spanning provinces and the system (docs/adr/0053-record-chains-per-partition.md).
 * Cached for the life of the instance: an account moved to another province afterwards only changes which chain a
 * subject it acts on first starts in; subjects already recorded keep theirs.
 */
@Component
class AccountRecordChains implements RecordPartitions {

	private final AccountRepository accounts;

	private final Organizations organizations;

	private final Map<Long, String> chains = new ConcurrentHashMap<>();

	AccountRecordChains(AccountRepository accounts, Organizations organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	public String chainOf(long actorAccountId) {
		if (actorAccountId <= 0) {
			return NATIONAL;
		}
		String chain = chains.get(actorAccountId);
		if (chain == null) { // looked up outside the map's lock: two threads may both look up, with the same answer
			chain = lookUp(actorAccountId);
			chains.put(actorAccountId, chain);
		}
		return chain;
	}

	private String lookUp(long accountId) {
		return accounts.findById(accountId)
			.flatMap(account -> organizations.find(new OrganizationId(account.organizationId())))
			.filter(organization -> organization.kind() != OrganizationKind.PLATFORM_OPERATOR)
			.map(organization -> {
				Set<String> provinces = organization.territory().stream().map(d -> d.value().substring(0, 2))
					.collect(Collectors.toSet());
				return provinces.size() == 1 && !provinces.contains(NATIONAL) ? provinces.iterator().next() : NATIONAL;
			})
			.orElse(NATIONAL);
	}
}
