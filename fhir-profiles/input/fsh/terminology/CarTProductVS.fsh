ValueSet: CarTProductVS
Id: car-t-product-vs
Title: "CAR-T Cell Products for B-ALL"
Description: "Chimeric antigen receptor T-cell products given for B-ALL: tisagenlecleucel (ATC L01XL04), brexucabtagene autoleucel and obecabtagene autoleucel (local codes: no RxNorm or ATC code was verified), and academic or trial products by target (local codes). A verified RxNorm or ATC code may be sent alongside a local one."
* insert ArtifactMetadata
* ^copyright = "ATC codes are maintained by the WHO Collaborating Centre for Drug Statistics Methodology (reuse of the ATC index is subject to WHOCC terms). Local codes: CC0-1.0."
* $atc#L01XL04 "tisagenlecleucel"
* $local#brexucabtagene-autoleucel "brexucabtagene autoleucel"
* $local#obecabtagene-autoleucel "obecabtagene autoleucel"
* $local#academic-car-t-cd19 "Academic anti-CD19 CAR-T cells"
* $local#academic-car-t-cd22 "Academic anti-CD22 CAR-T cells"
* $local#academic-car-t-cd19-cd22 "Academic bispecific or dual anti-CD19/CD22 CAR-T cells"
