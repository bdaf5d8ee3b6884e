/** Compact word lists for the seed generator. ASCII only: usernames are derived from names. */

export const FIRST_NAMES = [
  'Aaron', 'Abena', 'Adrian', 'Aiko', 'Amara', 'Ana', 'Anders', 'Anil', 'Astrid', 'Beatriz',
  'Bilal', 'Camille', 'Chen', 'Chiara', 'Daniel', 'Deepa', 'Diego', 'Elena', 'Emeka', 'Emma',
  'Farah', 'Felix', 'Fatima', 'Gabriel', 'Greta', 'Hana', 'Hassan', 'Ines', 'Isaac', 'Ivan',
  'Jamal', 'Jana', 'Javier', 'Jin', 'Joao', 'Julia', 'Kai', 'Kavya', 'Kenji', 'Lars',
  'Leila', 'Lena', 'Liam', 'Lucia', 'Malik', 'Maya', 'Mei', 'Mateo', 'Nadia', 'Naveen',
  'Nia', 'Noah', 'Olga', 'Omar', 'Pablo', 'Priya', 'Rafael', 'Rania', 'Ravi', 'Rosa',
  'Samir', 'Sara', 'Sofia', 'Tariq', 'Thomas', 'Tomas', 'Uma', 'Viktor', 'Wei', 'Yara',
  'Yusuf', 'Zoe',
] as const;

export const MIDDLE_INITIALS = ['', '', '', '', 'A.', 'J.', 'M.', 'R.', 'S.', 'T.'] as const;

export const LAST_NAMES = [
  'Abebe', 'Adeyemi', 'Alvarez', 'Andersen', 'Bauer', 'Bianchi', 'Brennan', 'Castillo', 'Chen', 'Costa',
  'Dubois', 'Eriksen', 'Farouk', 'Fernandes', 'Fischer', 'Garcia', 'Gupta', 'Haddad', 'Hansen', 'Hoffmann',
  'Ibrahim', 'Ivanova', 'Jensen', 'Kapoor', 'Kim', 'Kowalski', 'Kruger', 'Lee', 'Lindqvist', 'Lopez',
  'Mahmoud', 'Mendes', 'Moreau', 'Mueller', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Okafor', 'Olsen',
  'Patel', 'Petrov', 'Quinn', 'Rahman', 'Reyes', 'Rossi', 'Sato', 'Schmidt', 'Silva', 'Singh',
  'Suzuki', 'Tanaka', 'Torres', 'Varga', 'Vogel', 'Wang', 'Weber', 'Yamamoto', 'Zhang', 'Zielinski',
] as const;

/** First part of a project name: the study or cohort. */
export const PROJECT_SUBJECTS = [
  'WGS cohort', 'WES cohort', 'RNA-seq', 'Single-cell atlas', 'Tumor/normal pairs', 'Rare disease trios',
  'Pharmacogenomics panel', 'Long-read pilot', 'Methylation arrays', 'Cardio GWAS', 'Newborn screening',
  'Microbiome 16S', 'Biobank imputation', 'CRISPR screen', 'Spatial transcriptomics', 'ctDNA monitoring',
  'Neurodevelopment exomes', 'Population reference panel', 'HLA typing', 'Variant reanalysis',
] as const;

/** Second part of a project name. */
export const PROJECT_SUFFIXES = [
  'batch', 'wave', 'phase', 'run', 'release', 'freeze', 'sprint', 'lane',
] as const;

export const PROJECT_TAGS = [
  'WGS', 'WES', 'RNA-seq', 'GRCh38', 'T2T', 'QC', 'production', 'pilot', 'archive', 'clinical',
  'research', 'validation', 'joint-calling', 'long-read', 'single-cell',
] as const;

export const COST_CENTERS = ['CC-1010', 'CC-2040', 'CC-3300', 'CC-4215', 'CC-5120', 'CC-7788'] as const;

export const SEQUENCERS = ['NovaSeq X', 'NovaSeq 6000', 'Revio', 'PromethION', 'Ultima UG100', 'Element AVITI'] as const;

export const REGIONS = ['aws:us-east-1', 'aws:eu-central-1', 'azure:westus'] as const;

export interface AppSpec {
  name: string;
  title: string;
}

export const APPS: readonly AppSpec[] = [
  { name: 'bwa_mem_fastq_read_mapper', title: 'BWA-MEM FASTQ Read Mapper' },
  { name: 'gatk4_haplotypecaller', title: 'GATK4 HaplotypeCaller' },
  { name: 'deepvariant_germline', title: 'DeepVariant Germline Caller' },
  { name: 'star_rnaseq_aligner', title: 'STAR RNA-seq Aligner' },
  { name: 'salmon_quant', title: 'Salmon Transcript Quantification' },
  { name: 'fastqc_report', title: 'FastQC Read Quality Report' },
  { name: 'multiqc_summary', title: 'MultiQC Summary' },
  { name: 'samtools_sort_index', title: 'Samtools Sort and Index' },
  { name: 'vep_annotator', title: 'Ensembl VEP Variant Annotator' },
  { name: 'glnexus_joint_genotyper', title: 'GLnexus Joint Genotyper' },
  { name: 'cellranger_count', title: 'Cell Ranger Count' },
  { name: 'minimap2_long_read_mapper', title: 'Minimap2 Long-Read Mapper' },
  { name: 'manta_sv_caller', title: 'Manta Structural Variant Caller' },
  { name: 'mosdepth_coverage', title: 'Mosdepth Coverage Summary' },
  { name: 'bcftools_merge', title: 'bcftools Merge VCFs' },
  { name: 'plink2_gwas', title: 'PLINK 2 Association Testing' },
  { name: 'regenie_step2', title: 'REGENIE Step 2 Association' },
] as const;

export const STREETS = ['Harbor Way', 'Innovation Drive', 'Science Park Road', 'Mill Street', 'Kingsway', 'Elm Avenue'] as const;
