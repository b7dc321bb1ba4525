package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * {@code java -jar <server jar> validate [--errors-only] <file or folder>...}: validates FHIR JSON and XML files
 * against our profiles without starting the server, prints every issue with its location, and exits with 0 when no
 * file has an error, 1 when one has, 2 when the command cannot run (no such file, bad arguments).
 *
 * <p>Each file is validated against the profiles it declares in {@code meta.profile} and those of our profiles its
 * content identifies, as the server's default policy chooses them (each bundle entry on its own), and against the
 * absolute-dose rule, with references resolved among the files given; a bundle also against the conditioning-intensity
 * rule ({@link ConditioningIntensityCheck}). A file with errors also lists the profiles
 * content chose and why ({@link IssueCode#PROFILE_HELD_TO}).
 */
public final class ValidateCommand {

	public static final String NAME = "validate";

	private final PrintStream out;

	private final FhirContext fhirContext = FhirContext.forR4Cached();

	private ValidateCommand(PrintStream out) {
		this.out = out;
	}

	/** Runs the command; returns the process exit code. */
	public static int run(List<String> arguments, PrintStream out, PrintStream err) {
		boolean errorsOnly = arguments.contains("--errors-only");
		List<Path> roots = arguments.stream()
				.filter(argument -> !argument.equals("--errors-only"))
				.map(Path::of)
				.toList();
		if (roots.isEmpty() || arguments.stream().anyMatch(a -> a.startsWith("-") && !a.equals("--errors-only"))) {
			err.println("usage: java -jar <server jar> validate [--errors-only] <file or folder>...");
			return 2;
		}
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				err.println("validate: no such file or folder: " + root);
				return 2;
			}
			try (Stream<Path> found = Files.walk(root)) {
				found.filter(Files::isRegularFile)
						.filter(ValidateCommand::isFhirFile)
						.sorted()
						.forEach(files::add);
			} catch (IOException e) {
				err.println("validate: cannot read " + root + ": " + e.getMessage());
				return 2;
			}
		}
		return new ValidateCommand(out).validate(files, errorsOnly);
	}

	private static boolean isFhirFile(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		return name.endsWith(".json") || name.endsWith(".xml");
	}

	private int validate(List<Path> files, boolean errorsOnly) {
		Map<Path, String> texts = new HashMap<>();
		Map<Path, Resource> parsed = new HashMap<>();
		Map<Path, String> unreadable = new HashMap<>();
		Map<String, Resource> byReference = new HashMap<>();
		for (Path file : files) {
			try {
				String text = Files.readString(file);
				texts.put(file, text);
				Resource resource = (Resource) parser(file).parseResource(text);
				parsed.put(file, resource);
				index(resource, byReference);
			} catch (IOException | DataFormatException | ClassCastException e) {
				unreadable.put(file, "not a FHIR R4 resource: " + e.getMessage());
			}
		}

		OfflineValidator validator = new OfflineValidator(fhirContext);
		int filesWithErrors = 0;
		int errors = 0;
		int warnings = 0;
		for (Path file : files) {
			List<SingleValidationMessage> issues = unreadable.containsKey(file)
					? new ArrayList<>(List.of(unreadableIssue(unreadable.get(file))))
					: new ArrayList<>(validator
							.validate(parsed.get(file), texts.get(file))
							.getMessages());
			administrations(parsed.get(file))
					.forEach(administration -> issues.addAll(
							AbsoluteDoseCheck.check(administration, reference -> resolve(reference, byReference))));
			if (parsed.get(file) instanceof Bundle bundle) {
				issues.addAll(ConditioningIntensityCheck.check(bundle));
			}
			long fileErrors = issues.stream().filter(ValidateCommand::isError).count();
			long fileWarnings = issues.stream()
					.filter(issue -> issue.getSeverity() == ResultSeverityEnum.WARNING)
					.count();
			out.printf("%s: %d error(s), %d warning(s)%n", file, fileErrors, fileWarnings);
			issues.stream()
					.filter(issue -> isError(issue)
							|| (!errorsOnly && issue.getSeverity() == ResultSeverityEnum.WARNING)
							|| (fileErrors > 0 && issue.getMessage().startsWith(IssueCode.PROFILE_HELD_TO.code())))
					.forEach(issue -> out.printf(
							"  %-7s %s: %s%n",
							issue.getSeverity().getCode(), issue.getLocationString(), issue.getMessage()));
			errors += fileErrors;
			warnings += fileWarnings;
			filesWithErrors += fileErrors > 0 ? 1 : 0;
		}
		out.printf(
				"%d file(s), %d with errors: %d error(s), %d warning(s)%n",
				files.size(), filesWithErrors, errors, warnings);
		return filesWithErrors > 0 ? 1 : 0;
	}

	private static SingleValidationMessage unreadableIssue(String message) {
		return ValidationIssue.of(ResultSeverityEnum.FATAL, "(file)", message);
	}

	private IParser parser(Path file) {
		return file.toString().toLowerCase().endsWith(".xml")
				? fhirContext.newXmlParser()
				: fhirContext.newJsonParser();
	}

	private static boolean isError(SingleValidationMessage issue) {
		return issue.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal();
	}

	/** Files and bundle entries, by {@code Type/id} and by the bundle's {@code fullUrl}. */
	private static void index(Resource resource, Map<String, Resource> byReference) {
		if (resource.hasIdElement()) {
			byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
		}
		if (resource instanceof Bundle bundle) {
			for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
				if (entry.hasResource()) {
					byReference.put(entry.getFullUrl(), entry.getResource());
					index(entry.getResource(), byReference);
				}
			}
		}
	}

	private static List<MedicationAdministration> administrations(Resource resource) {
		if (resource instanceof MedicationAdministration administration) {
			return List.of(administration);
		}
		if (resource instanceof Bundle bundle) {
			return bundle.getEntry().stream()
					.map(Bundle.BundleEntryComponent::getResource)
					.filter(MedicationAdministration.class::isInstance)
					.map(MedicationAdministration.class::cast)
					.toList();
		}
		return List.of();
	}

	private static Optional<Observation> resolve(Reference reference, Map<String, Resource> byReference) {
		return Optional.ofNullable(byReference.get(reference.getReference()))
				.filter(Observation.class::isInstance)
				.map(Observation.class::cast);
	}
}
