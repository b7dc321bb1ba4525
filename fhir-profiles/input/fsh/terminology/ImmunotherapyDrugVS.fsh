ValueSet: ImmunotherapyDrugVS
Id: immunotherapy-drug-vs
Title: "B-ALL Immunotherapy Drugs"
Description: "Immunotherapies given for the leukaemia itself (not for a transplant): blinatumomab (CD19/CD3 bispecific T-cell engager), inotuzumab ozogamicin (anti-CD22 antibody-drug conjugate), rituximab (anti-CD20, with chemotherapy for CD20-positive B-ALL) and CAR-T cell products, as RxNorm ingredients, ATC codes and, for CAR-T products without a verified code, local codes. Rituximab given for EBV reactivation is supportive care, not immunotherapy of the leukaemia: record it with Cancer Medication Administration and the EBV complication as its reason."
* insert ArtifactMetadata
* ^copyright = "Includes RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms) and ATC codes maintained by the WHO Collaborating Centre for Drug Statistics Methodology (reuse of the ATC index is subject to WHOCC terms). Local codes: CC0-1.0."
* $rxnorm#1597258 "blinatumomab"
* $rxnorm#1942950 "inotuzumab ozogamicin"
* $rxnorm#121191 "riTUXimab"
* $atc#L01FX07 "blinatumomab"
* $atc#L01FB01 "inotuzumab ozogamicin"
* $atc#L01FA01 "rituximab"
* $atc#L01XL04 "tisagenlecleucel"
* $local#brexucabtagene-autoleucel "brexucabtagene autoleucel"
* $local#obecabtagene-autoleucel "obecabtagene autoleucel"
* $local#academic-car-t-cd19 "Academic anti-CD19 CAR-T cells"
* $local#academic-car-t-cd22 "Academic anti-CD22 CAR-T cells"
* $local#academic-car-t-cd19-cd22 "Academic bispecific or dual anti-CD19/CD22 CAR-T cells"
