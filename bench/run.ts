/** `npm run bench`: prints performance figures. Nothing here is a test; nothing is asserted. */
import { emulatorFigures } from './emulator.bench';
import { printFigures } from './measure';

printFigures('Emulator (Node, large scenario)', emulatorFigures());
