export { evaluateLesson } from './evaluate';
export { formatNumber } from './describe';
export type { CheckResult, ConditionResult, LessonEvaluation } from './types';
