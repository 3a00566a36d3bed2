export default definePageConfig({ navigationBarTitleText: '依法信访', enableShareAppMessage: true })
