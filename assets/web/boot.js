// Loads the app's WebAssembly. File names are filled in by `wm-tool dist`.
import init from '/__APP_JS__';
init({ module_or_path: '/__APP_WASM__' });
