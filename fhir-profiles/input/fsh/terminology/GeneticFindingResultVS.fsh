ValueSet: GeneticFindingResultVS
Id: genetic-finding-result-vs
Title: "Genetic Finding Result"
Description: "Whether the abnormality a test looked for was found: Present, Absent, No call (the test gave no result) or Indeterminate. LOINC answers of the genomics-reporting Variant assessment (answer list LL1971-2)."
* insert ArtifactMetadata
* insert LoincCopyright
* $loinc#LA9633-4 "Present"
* $loinc#LA9634-2 "Absent"
* $loinc#LA18198-4 "No call"
* $loinc#LA11884-6 "Indeterminate"
