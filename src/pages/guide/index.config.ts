export default definePageConfig({ navigationBarTitleText: '依法信访引导图', enableShareAppMessage: true })
