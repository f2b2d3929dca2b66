package cn.oneteam.demo;

import java.util.Set;
import java.util.function.Supplier;

import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.Accounts.NewAccount;
import cn.oneteam.identity.Accounts.SharedPassword;
import cn.oneteam.identity.Role;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Opens the demo's accounts with the published demo password ({@link DemoData#PASSWORD}), hashed once for all of
 * them rather than once an account: a BCrypt hash costs about 0.15 s, and the first start waits for the first 20
 * accounts (docs/adr/0057-the-scale-path.md, "Start-up").
 */
@Component
@Profile("demo")
class DemoAccounts {

	private final Accounts accounts;

	private final Supplier<SharedPassword> password;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
		this.password = SingletonSupplier.of(() -> accounts.sharePassword(DemoData.PASSWORD));
	}

	/** Opens the account in the organisation with the one role (the caller may open accounts anywhere). */
	long open(String username, String displayName, OrganizationId organization, Role role) {
		return accounts.open(new NewAccount(username, displayName, DemoData.PASSWORD, organization, Set.of(role)),
				password.get(), JurisdictionScope.nationwide());
	}
}
