ValueSet: ImmunotherapyDrugVS
Id: immunotherapy-drug-vs
Title: "B-ALL Immunotherapy Drugs"
Description: "Antibody-based therapies for relapsed or refractory B-ALL: blinatumomab (CD19/CD3 bispecific T-cell engager) and inotuzumab ozogamicin (anti-CD22 antibody-drug conjugate), as RxNorm ingredients and ATC codes."
* insert ArtifactMetadata
* insert DrugCopyright
* $rxnorm#1597258 "blinatumomab"
* $rxnorm#1942950 "inotuzumab ozogamicin"
* $atc#L01FX07 "blinatumomab"
* $atc#L01FB01 "inotuzumab ozogamicin"
