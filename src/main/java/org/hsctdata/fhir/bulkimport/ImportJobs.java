package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.r4.model.Bundle;
import org.hsctdata.fhir.rest.IssueCode;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import jobs of this server: started one after the other on one background thread (the machine's cores serve the
 * REST clients too), their state in {@link ImportJobStore}. A job runs with the security context of the request that
 * started it, so that every write is the caller's, authorized and audited as such.
 */
final class ImportJobs implements DisposableBean {

	/** This server process: jobs it runs or has queued carry it, and it changes with every start. */
	private final String instance = UUID.randomUUID().toString();

	private final ImportJobStore store;

	private final FhirContext fhir;

	private final DaoRegistry daos;

	private final IFhirSystemDao<Bundle, ?> systemDao;

	private final ObjectProvider<RestfulServer> server;

	private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "bulk-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(
			ImportJobStore store,
			FhirContext fhir,
			DaoRegistry daos,
			IFhirSystemDao<Bundle, ?> systemDao,
			ObjectProvider<RestfulServer> server) {
		this.store = store;
		this.fhir = fhir;
		this.daos = daos;
		this.systemDao = systemDao;
		this.server = server;
	}

	/** Records a job for the parsed body, its refused lines already in its report, and queues it; its id. */
	String start(ImportFile.Parsed parsed, String owner, String request, String requestId, String serverBase) {
		String id = UUID.randomUUID().toString();
		// known as running before it is stored, so that a poll never finds it in progress on this server and not run
		AtomicBoolean cancel = new AtomicBoolean();
		running.put(id, cancel);
		try {
			long now = System.currentTimeMillis();
			store.insert(new ImportJobStore.Job(
					id,
					owner,
					request,
					requestId,
					instance,
					ImportJobStore.State.IN_PROGRESS,
					now,
					now,
					parsed.lines(),
					parsed.entries().size(),
					0,
					false,
					null));
			store.addLines(
					id,
					parsed.refused().stream()
							.map(refusal -> ImportJob.refusalLine(fhir, refusal, null))
							.toList());
			List<List<ImportFile.Entry>> ordered = ImportOrder.order(fhir, parsed.entries());
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			ImportJob job = new ImportJob(
					id,
					ordered,
					new DaoWriter(daos, systemDao, server.getObject(), serverBase, requestId),
					store,
					instance,
					new CancelCheck(cancel, id),
					stopping::get,
					System::currentTimeMillis,
					fhir,
					ImportJob.BATCH_SIZE);
			worker.execute(() -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(caller);
				SecurityContextHolder.setContext(context);
				try {
					job.run();
				} finally {
					SecurityContextHolder.clearContext();
					running.remove(id);
				}
			});
		} catch (RuntimeException failed) {
			running.remove(id); // a job stored in progress is then reported failed at its first poll
			throw failed;
		}
		return id;
	}

	/**
	 * The job as it stands: a job in progress that no server runs any more (this one restarted, or another stopped) is
	 * first marked failed, so that it is never reported as running for good, nor as a success.
	 */
	Optional<ImportJobStore.Job> find(String id) {
		Optional<ImportJobStore.Job> job = store.find(id);
		if (job.isPresent() && job.get().state() == ImportJobStore.State.IN_PROGRESS) {
			String interrupted =
					IssueCode.IMPORT_INTERRUPTED.message("the job was interrupted (its server stopped) after "
							+ job.get().done() + " of " + job.get().toStore()
							+ " resources; what it stored stays, as its report says");
			boolean changed = job.get().instance().equals(instance)
					? !running.containsKey(id)
							&& store.finish(
									id, ImportJobStore.State.FAILED, job.get().done(), interrupted)
					: store.failIfStale(id, System.currentTimeMillis(), interrupted);
			if (changed) {
				job = store.find(id);
			}
		}
		return job;
	}

	/** Whether a job was cancelled: on this server at once, by a request to another server within a batch. */
	private final class CancelCheck implements java.util.function.BooleanSupplier {

		private final AtomicBoolean cancel;

		private final String id;

		CancelCheck(AtomicBoolean cancel, String id) {
			this.cancel = cancel;
			this.id = id;
		}

		@Override
		public boolean getAsBoolean() {
			// asked before each batch of up to ImportJob.BATCH_SIZE resources: one query per batch is cheap
			return cancel.get() || store.cancelRequested(id);
		}
	}

	/** Asks a job in progress to stop after the batch it is writing (also when another server runs it). */
	void cancel(String id) {
		AtomicBoolean cancel = running.get(id);
		if (cancel != null) {
			cancel.set(true);
		}
		store.requestCancel(id);
	}

	void delete(String id) {
		store.delete(id);
	}

	List<ImportJobStore.Line> stored(String id, String type) {
		return store.lines(id, false, type);
	}

	List<ImportJobStore.Line> refused(String id) {
		return store.lines(id, true, null);
	}

	/** At shutdown: the running job stops after its current batch, the queued ones never start (reported failed). */
	@Override
	public void destroy() throws InterruptedException {
		stopping.set(true);
		worker.shutdown();
		worker.awaitTermination(30, TimeUnit.SECONDS);
		for (String id : running.keySet()) {
			store.finish(
					id,
					ImportJobStore.State.FAILED,
					0,
					IssueCode.IMPORT_INTERRUPTED.message("the server stopped before the job ended"));
		}
	}
}
