/** Spaced repetition for the practice panel: scheduling, the review file and its store, answer checking, the webview protocol. */
export { PHASES, type Phase, RATINGS, type Rating, type ReviewState, isTimestamp } from './state';
export { type GradeLog, type IntervalPreview, type Queue, type QueueMode, type QueueOptions, Scheduler, type SchedulerOptions, formatInterval, previewLabels } from './schedule';
export { MAX_REVIEWS_BYTES, type ParsedReviews, type ReviewData, type ReviewLogEntry, type ReviewProblem, type StoredReview, emptyReviews, mergeReviews, parseReviews, serializeReviews } from './file';
export { type GradeRequest, type GradeResult, type ReviewFiles, ReviewStore, ReviewStoreError, type ReviewStoreOptions, type StoreNotice, formatNotice } from './store';
export { type AnswerCheck, type AnswerInput, type CheckOptions, type ItemCheck, type Verdict, answerKey, checkAnswer, isTypeable, matchItem } from './grade';
export { type HostMessage, type IntervalLabels, type ViewCard, type ViewMessage, type ViewSettings, type ViewStrings, PROTOCOL_LIMITS, VIEW_STRING_CODES, isHostMessage, isSafeHref, isViewMessage, practiceStrings } from './protocol';
export { type ChapterProgress, type DayCount, type ReviewStats, chapterProgress, reviewStats } from './progress';
