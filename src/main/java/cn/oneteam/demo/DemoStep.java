package cn.oneteam.demo;

import org.springframework.boot.ApplicationArguments;

/**
 * One part of the demo data, run by {@link DemoLoading} in the order of its {@code @Order}; idempotent: what exists
 * is left as it is.
 */
interface DemoStep {

	void run(ApplicationArguments args) throws Exception;

	/** Whether the application waits for this part before it says it is ready (the accounts to sign in with). */
	default boolean beforeReady() {
		return false;
	}
}
