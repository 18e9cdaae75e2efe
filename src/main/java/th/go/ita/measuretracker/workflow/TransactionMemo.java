package th.go.ita.measuretracker.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a model's expressions read from our tables, kept for the rest of the transaction: starting a measure or a
 * reporting round asks for the same row's name, group and due date from several expressions and listeners, which
 * without this were one query each (FlowBenchmark). Outside a transaction nothing is kept.
 */
public final class TransactionMemo<K, V> {

	public Map<K, V> values() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new HashMap<>();
		}
		@SuppressWarnings("unchecked")
		Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
		if (known == null) {
			Map<K, V> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
				}
			});
			known = fresh;
		}
		return known;
	}

	public V get(K key, Function<K, V> read) {
		return values().computeIfAbsent(key, read);
	}
}
