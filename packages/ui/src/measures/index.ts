export { OutcomeTrend, type TrendPoint } from './OutcomeTrend.tsx'
export { Questionnaire, type QuestionnaireProps } from './Questionnaire.tsx'
export { useMeasureTexts } from './texts.ts'
