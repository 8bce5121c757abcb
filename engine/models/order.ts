/**
 * Which of Norse's two input orders a step follows (see shared/spec/MODELS.md).
 *
 * Declared here rather than imported from engine/schema because models import nothing but
 * themselves; it is the same string union as the schema's `InputOrder`, so the two are assignable.
 */
export type ModelInputOrder = 'norse-1.1' | 'norse-0.0.7';
