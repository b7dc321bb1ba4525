package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * The order in which a job writes the resources of a body, in units: each unit after every resource of the body it
 * refers to, so that HAPI's referential integrity finds the targets (export files are per type, so an Observation may
 * come before its Patient in a concatenation); otherwise in line order. A unit is one resource, or the resources that
 * refer to each other in a cycle (an HSCT and the disease-status Observation that is part of it), which can only be
 * stored together, in one transaction.
 */
final class ImportOrder {

	private ImportOrder() {}

	static List<List<ImportFile.Entry>> order(FhirContext fhir, List<ImportFile.Entry> entries) {
		int size = entries.size();
		Map<String, Integer> byReference = new HashMap<>();
		for (int i = 0; i < size; i++) {
			byReference.put(entries.get(i).reference(), i);
		}
		// targets[i]: the entries i refers to; referrers[j]: the entries that refer to j
		List<Set<Integer>> targets = new ArrayList<>();
		List<Set<Integer>> referrers = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			targets.add(new LinkedHashSet<>());
			referrers.add(new LinkedHashSet<>());
		}
		FhirTerser terser = fhir.newTerser();
		for (int i = 0; i < size; i++) {
			int from = i;
			terser.getAllResourceReferences(entries.get(i).resource()).forEach(info -> {
				IIdType target = info.getResourceReference().getReferenceElement();
				if (target.hasResourceType() && target.hasIdPart() && !target.isAbsolute()) {
					Integer to = byReference.get(target.getResourceType() + "/" + target.getIdPart());
					if (to != null && to != from) {
						targets.get(from).add(to);
						referrers.get(to).add(from);
					}
				}
			});
		}
		int[] component = components(size, targets, referrers);
		int count = Arrays.stream(component).max().orElse(-1) + 1;
		List<List<ImportFile.Entry>> units = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			units.add(new ArrayList<>());
		}
		for (int i = 0; i < size; i++) {
			units.get(component[i]).add(entries.get(i));
		}
		// Kahn's algorithm on the units, the earliest line first among those whose targets are written
		int[] waiting = new int[count];
		List<Set<Integer>> unitReferrers = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			unitReferrers.add(new LinkedHashSet<>());
		}
		for (int i = 0; i < size; i++) {
			for (int to : targets.get(i)) {
				if (component[to] != component[i]
						&& unitReferrers.get(component[to]).add(component[i])) {
					waiting[component[i]]++;
				}
			}
		}
		PriorityQueue<Integer> ready = new PriorityQueue<>(
				Comparator.comparingInt(c -> units.get(c).get(0).line()));
		for (int c = 0; c < count; c++) {
			if (waiting[c] == 0) {
				ready.add(c);
			}
		}
		List<List<ImportFile.Entry>> ordered = new ArrayList<>(count);
		while (!ready.isEmpty()) {
			int next = ready.poll();
			ordered.add(List.copyOf(units.get(next)));
			for (int referrer : unitReferrers.get(next)) {
				if (--waiting[referrer] == 0) {
					ready.add(referrer);
				}
			}
		}
		return ordered;
	}

	/** Kosaraju's strongly connected components, without recursion: the component of each entry. */
	private static int[] components(int size, List<Set<Integer>> targets, List<Set<Integer>> referrers) {
		boolean[] visited = new boolean[size];
		Deque<Integer> finished = new ArrayDeque<>();
		for (int start = 0; start < size; start++) {
			if (visited[start]) {
				continue;
			}
			Deque<int[]> stack = new ArrayDeque<>(); // {node, index of the next neighbour}
			Deque<List<Integer>> neighbours = new ArrayDeque<>();
			visited[start] = true;
			stack.push(new int[] {start, 0});
			neighbours.push(new ArrayList<>(targets.get(start)));
			while (!stack.isEmpty()) {
				int[] top = stack.peek();
				List<Integer> next = neighbours.peek();
				if (top[1] < next.size()) {
					int to = next.get(top[1]++);
					if (!visited[to]) {
						visited[to] = true;
						stack.push(new int[] {to, 0});
						neighbours.push(new ArrayList<>(targets.get(to)));
					}
				} else {
					finished.push(top[0]);
					stack.pop();
					neighbours.pop();
				}
			}
		}
		int[] component = new int[size];
		Arrays.fill(component, -1);
		int count = 0;
		for (int start : finished) {
			if (component[start] >= 0) {
				continue;
			}
			Deque<Integer> stack = new ArrayDeque<>();
			stack.push(start);
			component[start] = count;
			while (!stack.isEmpty()) {
				int node = stack.pop();
				for (int from : referrers.get(node)) {
					if (component[from] < 0) {
						component[from] = count;
						stack.push(from);
					}
				}
			}
			count++;
		}
		// entries of a unit in line order (they were added in index order, which is line order)
		return component;
	}
}
