package cn.oneteam.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work for the end of the current transaction, committed or rolled back: a copy kept in memory is emptied again then,
 * so that what was read while the transaction changed its rows is not kept (docs/adr/0057-the-scale-path.md). Outside
 * a transaction there is nothing to wait for and nothing is registered.
 */
public final class TransactionEnd {

	private TransactionEnd() {
	}

	public static void then(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					work.run();
				}
			});
		}
	}
}
